package dev.strata.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Prints the database's current version, the highest applied one, as
 * {@code aqueduct db get-version} does: a number, or {@code none} when nothing is
 * applied, alone on standard output so that a script can capture it
 * ({@code ./mvnw -q strata:version}).
 */
@Mojo(name = "version", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class VersionMojo extends AbstractStrataMojo {

	@Override
	void run(StrataProject project) {
		Long version = project.online().status().currentVersion();
		project.console().result((version != null) ? String.valueOf(version) : "none");
	}

}
