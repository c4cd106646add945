package dev.strata.autoconfigure;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.strata.runner.ListedClass;
import dev.strata.runner.MigrationClass;
import dev.strata.runner.MigrationSet;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.log.LogMessage;

/**
 * A scan of the migrations package that started before the application context refreshed,
 * on a daemon thread of its own ({@value #THREAD_NAME}), so that it overlaps with the
 * refresh ({@link MigrationClassScanStarter} starts it). When the package is in jars, the
 * scan first {@linkplain MigrationClassScanner#list lists} its classes from the jars'
 * directories, and reads the class files only when they are first needed: a start with
 * nothing pending then reads none. Otherwise it reads them at once, on its thread. The
 * Strata bean takes its classes when it was started for the package and class loader that
 * the auto-configuration resolves, and otherwise scans itself. When the application has
 * no migration beans, the early history check and the Strata bean share one
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

	private final CompletableFuture<Optional<List<ListedClass>>> listing = new CompletableFuture<>();

	private final AtomicBoolean readingClaimed = new AtomicBoolean();

	private final CompletableFuture<List<MigrationClass>> reading = new CompletableFuture<>();

	private @Nullable MigrationSet migrationSet;

	private EarlyMigrationClassScan(MigrationClassScanner scanner, String packageName, ClassLoader classLoader) {
		this.scanner = scanner;
		this.packageName = packageName;
		this.classLoader = classLoader;
	}

	/**
	 * Start scanning a package.
	 * @param scanner the scanner, for the class loader given
	 * @param packageName the migrations package
	 * @param classLoader the class loader the scanner reads from
	 * @return the scan, under way
	 */
	static EarlyMigrationClassScan start(MigrationClassScanner scanner, String packageName, ClassLoader classLoader) {
		EarlyMigrationClassScan scan = new EarlyMigrationClassScan(scanner, packageName, classLoader);
		Thread thread = new Thread(scan::scan, THREAD_NAME);
		thread.setDaemon(true);
		thread.start();
		return scan;
	}

	private void scan() {
		Optional<List<ListedClass>> listed = Optional.empty();
		try {
			listed = this.scanner.list(this.packageName);
		}
		finally {
			this.listing.complete(listed);
		}
		if (listed.isEmpty() && this.readingClaimed.compareAndSet(false, true)) {
			try {
				readHere();
			}
			catch (RuntimeException ex) {
				// Kept for the callers, which then read again and see it themselves.
			}
		}
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
	 * Return the classes found, reading their class files on this thread if no thread
	 * started to (a failure is then this thread's own), or waiting for the thread that
	 * did (if it failed, reading again here, so that this thread sees the failure
	 * itself).
	 * @return the migration classes
	 */
	List<MigrationClass> classes() {
		if (this.readingClaimed.compareAndSet(false, true)) {
			return readHere();
		}
		try {
			return this.reading.join();
		}
		catch (CompletionException ex) {
			return this.scanner.find(this.packageName);
		}
	}

	/**
	 * Return the migration set of the classes found, without migration beans, built on
	 * first use and then the same for every caller: from the listed classes if the
	 * package is in jars (waiting for the listing; the class files are read when the set
	 * first needs them), otherwise from the classes read (waiting for them). A failed
	 * build is not kept.
	 * @return the set
	 */
	synchronized MigrationSet migrationSet() {
		MigrationSet set = this.migrationSet;
		if (set == null) {
			Optional<List<ListedClass>> listed = listed();
			set = listed.isPresent() ? MigrationSet.listed(listed.get(), this::readSet) : readSet();
			this.migrationSet = set;
			if (listed.isPresent()) {
				logger.debug(LogMessage.format(
						"Built the migration set of the %d classes listed early in [%s]; their class files are read when first needed",
						listed.get().size(), this.packageName));
			}
		}
		return set;
	}

	private MigrationSet readSet() {
		List<MigrationClass> found = classes();
		MigrationSet set = MigrationSet.of(List.of(), found);
		logger.debug(LogMessage.format("Built the migration set of the %d classes found early in [%s]", found.size(),
				this.packageName));
		return set;
	}

	private Optional<List<ListedClass>> listed() {
		// Completed on the scan's thread, empty if the listing failed.
		return this.listing.join();
	}

	/**
	 * Read the class files on this thread, for the callers that wait for them too.
	 */
	private List<MigrationClass> readHere() {
		try {
			List<MigrationClass> found = this.scanner.find(this.packageName);
			this.reading.complete(found);
			return found;
		}
		catch (Throwable ex) {
			this.reading.completeExceptionally(ex);
			throw ex;
		}
	}

}
