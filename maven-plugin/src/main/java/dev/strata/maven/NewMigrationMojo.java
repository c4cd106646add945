package dev.strata.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.strata.migration.Migration;
import dev.strata.migration.MigrationName;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jspecify.annotations.Nullable;

/**
 * Writes a new migration class with the next version into the migrations package of the
 * source tree, as {@code craft migration NAME --create TABLE} does:
 * {@code ./mvnw strata:new -Dname="create dashboard" -Dcreate=dashboard}, or
 * {@code -Dtable=dashboard} for a migration that changes an existing table. The next
 * version is one above the highest among the source files and the compiled migrations.
 */
@Mojo(name = "new", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class NewMigrationMojo extends AbstractStrataMojo {

	private static final Pattern SOURCE_NAME = Pattern.compile("V([0-9]{1,18})_\\w+\\.java");

	/**
	 * What the migration does, in words ({@code "create dashboard"}); it names the class.
	 */
	@Parameter(property = "name", required = true)
	@Nullable String name;

	/**
	 * Table the migration creates: the class gets a {@code schema.create} block and a
	 * {@code down()} that drops it.
	 */
	@Parameter(property = "create")
	@Nullable String create;

	/**
	 * Table the migration changes: the class gets a {@code schema.table} block.
	 */
	@Parameter(property = "table")
	@Nullable String table;

	@Override
	void run(StrataProject project) throws MojoFailureException {
		if (this.name == null || this.name.isBlank()) {
			throw new MojoFailureException("Name the migration: -Dname=\"create dashboard\"");
		}
		if (this.create != null && this.table != null) {
			throw new MojoFailureException(
					"Give either -Dcreate (a new table) or -Dtable (an existing table), not both");
		}
		String packageName = project.migrationsPackage();
		Path directory = project.layout().sourceDirectory().resolve(packageName.replace('.', '/'));
		long version = nextVersion(project, directory);
		MigrationName migrationName = MigrationName.of(version, this.name.trim());
		Path file = directory.resolve(migrationName.className() + ".java");
		String source = MigrationSkeleton.write(packageName, migrationName, blankToNull(this.create),
				blankToNull(this.table));
		SourceFiles.writeNew(file, source, project.layout());
		project.console().info("Created migration " + migrationName.className() + " (version " + version + ")");
		project.console().result(project.layout().relative(file));
	}

	private static long nextVersion(StrataProject project, Path directory) {
		long highest = 0;
		if (Files.isDirectory(directory)) {
			try (Stream<Path> files = Files.list(directory)) {
				for (Path file : files.toList()) {
					Matcher matcher = SOURCE_NAME.matcher(file.getFileName().toString());
					if (matcher.matches()) {
						highest = Math.max(highest, Long.parseLong(matcher.group(1)));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list [" + directory + "]", ex);
			}
		}
		List<Migration> compiled;
		try {
			compiled = project.migrations();
		}
		catch (IllegalStateException ex) {
			compiled = List.of();
		}
		for (Migration migration : compiled) {
			highest = Math.max(highest, MigrationName.parse(migration.getClass().getSimpleName()).version());
		}
		return highest + 1;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
