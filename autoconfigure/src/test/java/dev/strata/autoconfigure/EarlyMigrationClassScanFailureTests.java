package dev.strata.autoconfigure;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.strata.autoconfigure.scanned.V1_Plain;
import dev.strata.runner.MigrationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A scan whose reading fails: the failure reaches whoever asks for the classes, once, and
 * never leaves a caller waiting.
 */
class EarlyMigrationClassScanFailureTests {

	private static final String PACKAGE = V1_Plain.class.getPackageName();

	private static final String PATH = PACKAGE.replace('.', '/');

	@Test
	void anErrorWhileTheScanThreadReadsReachesTheCallerInsteadOfLeavingItWaiting() throws Exception {
		// The first look (the listing) finds nothing, so the scan's thread reads, and
		// fails.
		FailingLoader loader = new FailingLoader(null);
		EarlyMigrationClassScan scan = start(loader);
		loader.awaitCalls(2);
		assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThatExceptionOfType(BrokenClassPath.class).isThrownBy(scan::classes));
	}

	@Test
	void aReadThatFailsOnTheCallingThreadIsDoneOnceAndReportsItsOwnFailure(@TempDir Path directory) throws Exception {
		try (URLClassLoader jar = new URLClassLoader(new URL[] { jar(directory).toUri().toURL() }, null)) {
			// The first look (the listing) finds the jar; reading it later fails.
			FailingLoader loader = new FailingLoader(jar);
			EarlyMigrationClassScan scan = start(loader);
			assertThat(scan.migrationSet()).as("listed, not read").isNotNull();
			assertThat(loader.calls).hasValue(1);
			assertThatExceptionOfType(MigrationException.class).isThrownBy(scan::classes)
				.withMessageStartingWith("The migrations package [" + PACKAGE + "] could not be scanned: ")
				.withMessageContaining("class path broken");
			assertThat(loader.calls).as("read once").hasValue(2);
		}
	}

	private static EarlyMigrationClassScan start(ClassLoader loader) {
		return EarlyMigrationClassScan.start(new MigrationClassScanner(new DefaultListableBeanFactory(), loader),
				PACKAGE, loader);
	}

	private static Path jar(Path directory) throws IOException {
		return TestJars.write(directory.resolve("migrations.jar"), PACKAGE, new byte[0], List.of("V1_Plain"));
	}

	/**
	 * A class loader whose first look for the migrations package finds it in a jar (or
	 * nothing), and whose later looks fail: with an {@link IOException} after a jar, an
	 * error otherwise.
	 */
	private static final class FailingLoader extends ClassLoader {

		private final URLClassLoader jar;

		private final AtomicInteger calls = new AtomicInteger();

		FailingLoader(URLClassLoader jar) {
			super(EarlyMigrationClassScanFailureTests.class.getClassLoader());
			this.jar = jar;
		}

		@Override
		public Enumeration<URL> getResources(String name) throws IOException {
			if (!name.startsWith(PATH)) {
				return super.getResources(name);
			}
			int call = this.calls.incrementAndGet();
			synchronized (this.calls) {
				this.calls.notifyAll();
			}
			if (call == 1) {
				return (this.jar != null) ? this.jar.getResources(name) : Collections.emptyEnumeration();
			}
			if (this.jar != null) {
				throw new IOException("class path broken");
			}
			throw new BrokenClassPath();
		}

		void awaitCalls(int count) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			synchronized (this.calls) {
				while (this.calls.get() < count && System.nanoTime() < deadline) {
					this.calls.wait(100);
				}
			}
		}

	}

	/**
	 * An error, not an exception, while reading the class path.
	 */
	private static final class BrokenClassPath extends Error {

		BrokenClassPath() {
			super("class path broken");
		}

	}

}
