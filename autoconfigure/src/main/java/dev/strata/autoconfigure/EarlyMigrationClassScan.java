package dev.strata.autoconfigure;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.strata.runner.MigrationClass;
import dev.strata.runner.MigrationSet;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.log.LogMessage;

/**
 * A scan of the migrations package that started before the application context refreshed,
 * on a daemon thread of its own ({@value #THREAD_NAME}), so that reading the class files
 * overlaps with the refresh ({@link MigrationClassScanStarter} starts it). The Strata
 * bean takes its classes when it was started for the package and class loader that the
 * auto-configuration resolves, and otherwise scans itself. When the application has no
 * migration beans, the early history check and the Strata bean share one
 * {@linkplain #migrationSet() migration set} built from these classes, so that building
 * it and summarizing the history it expects (work that grows with the migrations) is done
 * once.
 */
final class EarlyMigrationClassScan {

	/** The name of the singleton under which the starter registers the scan. */
	static final String BEAN_NAME = "dev.strata.autoconfigure.earlyMigrationClassScan";

	/** The name of the thread that scans. */
	static final String THREAD_NAME = "strata-scan";

	private static final Log logger = LogFactory.getLog(EarlyMigrationClassScan.class);

	private final MigrationClassScanner scanner;

	private final String packageName;

	private final ClassLoader classLoader;

	private final CompletableFuture<List<MigrationClass>> classes;

	private @Nullable MigrationSet migrationSet;

	private EarlyMigrationClassScan(MigrationClassScanner scanner, String packageName, ClassLoader classLoader) {
		this.scanner = scanner;
		this.packageName = packageName;
		this.classLoader = classLoader;
		this.classes = CompletableFuture.supplyAsync(() -> scanner.find(packageName), (scan) -> {
			Thread thread = new Thread(scan, THREAD_NAME);
			thread.setDaemon(true);
			thread.start();
		});
	}

	/**
	 * Start scanning a package.
	 * @param scanner the scanner, for the class loader given
	 * @param packageName the migrations package
	 * @param classLoader the class loader the scanner reads from
	 * @return the scan, under way
	 */
	static EarlyMigrationClassScan start(MigrationClassScanner scanner, String packageName, ClassLoader classLoader) {
		return new EarlyMigrationClassScan(scanner, packageName, classLoader);
	}

	/**
	 * Return whether this scan reads a package from a class loader.
	 * @param packageName the package
	 * @param classLoader the class loader
	 * @return whether the scan's classes are that package's
	 */
	boolean isFor(String packageName, ClassLoader classLoader) {
		return this.packageName.equals(packageName) && this.classLoader == classLoader;
	}

	/**
	 * Return the classes found, waiting for the scan if it is still under way. If the
	 * scan failed, it is done again on the calling thread, which then sees the failure
	 * itself.
	 * @return the migration classes
	 */
	List<MigrationClass> classes() {
		try {
			return this.classes.join();
		}
		catch (CompletionException ex) {
			return this.scanner.find(this.packageName);
		}
	}

	/**
	 * Return the migration set of the classes found, without migration beans, built on
	 * first use (waiting for the scan) and then the same for every caller. A failed build
	 * is not kept.
	 * @return the set
	 */
	synchronized MigrationSet migrationSet() {
		MigrationSet set = this.migrationSet;
		if (set == null) {
			List<MigrationClass> found = classes();
			set = MigrationSet.of(List.of(), found);
			this.migrationSet = set;
			logger.debug(LogMessage.format("Built the migration set of the %d classes found early in [%s]",
					found.size(), this.packageName));
		}
		return set;
	}

}
