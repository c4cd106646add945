package dev.strata.autoconfigure;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.strata.autoconfigure.injected.V1_WithDependency;
import dev.strata.autoconfigure.scanned.V1_Plain;
import dev.strata.autoconfigure.scanned.V2_ViaBase;
import dev.strata.autoconfigure.scanned.V3_WithAnonymous;
import dev.strata.migration.Migration;
import dev.strata.migration.Schema;
import dev.strata.runner.ClassFileHash;
import dev.strata.runner.ListedClass;
import dev.strata.runner.MigrationClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationClassScannerTests {

	private static final String PACKAGE = "dev.strata.autoconfigure.scanned";

	private static final String PATH = PACKAGE.replace('.', '/');

	private final MigrationClassScanner scanner = new MigrationClassScanner(new DefaultListableBeanFactory(),
			getClass().getClassLoader());

	@Test
	void findsTheConcreteMigrationClassesWithoutCreatingThem() {
		int created = V1_Plain.created;
		List<MigrationClass> found = this.scanner.find(PACKAGE);
		assertThat(found).extracting(MigrationClass::className)
			.containsExactly(V1_Plain.class.getName(), V2_ViaBase.class.getName(), V3_WithAnonymous.class.getName());
		assertThat(V1_Plain.created).isEqualTo(created);
		Migration migration = found.get(0).instance().get();
		assertThat(migration).isInstanceOf(V1_Plain.class);
		assertThat(V1_Plain.created).isEqualTo(created + 1);
	}

	@Test
	void hashesTheClassFileWithTheClassesNestedInIt() throws IOException {
		String name = V3_WithAnonymous.class.getName();
		TreeMap<String, byte[]> files = new TreeMap<>();
		files.put(name, TestJars.classFile(name));
		String outerOnly = ClassFileHash.of(files);
		files.put(name + "$1", TestJars.classFile(name + "$1"));
		MigrationClass found = this.scanner.find(PACKAGE).get(2);
		assertThat(found.classHash()).isEqualTo(ClassFileHash.of(files)).isNotEqualTo(outerOnly).hasSize(16);
	}

	@Test
	void hashesAClassWithoutNestedClassesAsItsOneClassFile() throws IOException {
		String name = V1_Plain.class.getName();
		TreeMap<String, byte[]> files = new TreeMap<>();
		files.put(name, TestJars.classFile(name));
		MigrationClass found = this.scanner.find(PACKAGE).get(0);
		assertThat(found.className()).isEqualTo(name);
		assertThat(found.classHash()).isEqualTo(ClassFileHash.of(files))
			.isEqualTo(ClassFileHash.of(name, TestJars.classFile(name)))
			.isNotEqualTo(ClassFileHash.of(name + "x", TestJars.classFile(name)));
	}

	@Test
	void findsTheClassesInAJarWithTheSameHashes(@TempDir Path directory) throws IOException {
		Path jar = jar(directory, "V1_Plain", "BaseMigration", "V2_ViaBase", "V3_WithAnonymous", "V3_WithAnonymous$1",
				"TableNames");
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, new WithoutPackage(PATH))) {
			List<MigrationClass> inJar = new MigrationClassScanner(new DefaultListableBeanFactory(), loader)
				.find(PACKAGE);
			List<MigrationClass> inDirectory = this.scanner.find(PACKAGE);
			assertThat(inJar).extracting(MigrationClass::className)
				.containsExactlyElementsOf(inDirectory.stream().map(MigrationClass::className).toList());
			assertThat(inJar).extracting(MigrationClass::classHash)
				.containsExactlyElementsOf(inDirectory.stream().map(MigrationClass::classHash).toList());
		}
	}

	@Test
	void listsTheClassesOfAJarFromItsDirectoryWithTheHashesOfTheirClassFiles(@TempDir Path directory)
			throws IOException {
		Path jar = jar(directory, "V1_Plain", "BaseMigration", "V2_ViaBase", "V3_WithAnonymous", "V3_WithAnonymous$1",
				"TableNames");
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, new WithoutPackage(PATH))) {
			List<ListedClass> listed = new MigrationClassScanner(new DefaultListableBeanFactory(), loader).list(PACKAGE)
				.orElseThrow();
			assertThat(listed).extracting(ListedClass::className)
				.as("every class, not only migrations; the nested one counts in its outer class")
				.containsExactly(PACKAGE + ".BaseMigration", PACKAGE + ".TableNames", PACKAGE + ".V1_Plain",
						PACKAGE + ".V2_ViaBase", PACKAGE + ".V3_WithAnonymous");
			Map<String, String> found = new TreeMap<>();
			this.scanner.find(PACKAGE).forEach((type) -> found.put(type.className(), type.classHash()));
			assertThat(listed).filteredOn((type) -> found.containsKey(type.className()))
				.extracting(ListedClass::classHash)
				.as("the hashes the scanner computes from the class files, nested ones included")
				.containsExactlyElementsOf(found.values());
		}
	}

	@Test
	void listsNothingFromADirectoryOrAJarWithANestedClassWithoutItsOuterClass(@TempDir Path directory)
			throws IOException {
		assertThat(this.scanner.list(PACKAGE)).as("a directory").isEmpty();
		assertThat(this.scanner.list("dev.strata.autoconfigure.nowhere")).as("no such package").isEmpty();
		Path jar = jar(directory, "V1_Plain", "V3_WithAnonymous$1");
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, new WithoutPackage(PATH))) {
			assertThat(new MigrationClassScanner(new DefaultListableBeanFactory(), loader).list(PACKAGE)).isEmpty();
		}
	}

	@Test
	void listsNothingWhenThePackageIsAlsoInADirectory(@TempDir Path directory) throws IOException {
		Path jar = jar(directory, "V1_Plain");
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() },
				getClass().getClassLoader())) {
			assertThat(loader.getResources(PATH).hasMoreElements()).isTrue();
			assertThat(new MigrationClassScanner(new DefaultListableBeanFactory(), loader).list(PACKAGE))
				.as("the test classes' directory, then the jar")
				.isEmpty();
		}
	}

	@Test
	void listsAClassInTwoJarsFromTheFirstAsItIsReadFromTheFirst(@TempDir Path directory) throws IOException {
		Path rebuilt = jar(Files.createDirectory(directory.resolve("first")), new byte[] { 0, 0 }, "V1_Plain");
		Path original = jar(Files.createDirectory(directory.resolve("second")), new byte[0], "V1_Plain");
		try (URLClassLoader loader = new URLClassLoader(new URL[] { rebuilt.toUri().toURL(), original.toUri().toURL() },
				new WithoutPackage(PATH));
				URLClassLoader secondOnly = new URLClassLoader(new URL[] { original.toUri().toURL() },
						new WithoutPackage(PATH))) {
			MigrationClassScanner scanner = new MigrationClassScanner(new DefaultListableBeanFactory(), loader);
			String listed = scanner.list(PACKAGE).orElseThrow().get(0).classHash();
			assertThat(listed).isEqualTo(scanner.find(PACKAGE).get(0).classHash())
				.isNotEqualTo(new MigrationClassScanner(new DefaultListableBeanFactory(), secondOnly).list(PACKAGE)
					.orElseThrow()
					.get(0)
					.classHash());
		}
	}

	private static Path jar(Path directory, String... simpleNames) throws IOException {
		return jar(directory, new byte[0], simpleNames);
	}

	private static Path jar(Path directory, byte[] appended, String... simpleNames) throws IOException {
		return TestJars.write(directory.resolve("migrations.jar"), PACKAGE, appended, List.of(simpleNames));
	}

	@Test
	void createsAMigrationThatNeedsNothingWithItsConstructorAndTheOthersWithTheBeanFactory() {
		assertThat(MigrationClassScanner.needsBeanFactory(V1_Plain.class)).isFalse();
		assertThat(MigrationClassScanner.needsBeanFactory(V2_ViaBase.class)).isFalse();
		assertThat(MigrationClassScanner.needsBeanFactory(WithConstructorParameter.class)).isTrue();
		assertThat(MigrationClassScanner.needsBeanFactory(WithInjectedField.class)).isTrue();
		assertThat(MigrationClassScanner.needsBeanFactory(WithInheritedInjectedField.class)).isTrue();
		assertThat(MigrationClassScanner.needsBeanFactory(WithBeanFactory.class)).isTrue();
		assertThat(MigrationClassScanner.needsBeanFactory(WithInitialization.class)).isTrue();
	}

	static class WithInitialization implements Migration, InitializingBean {

		@Override
		public void afterPropertiesSet() {
		}

		@Override
		public void up(Schema schema) {
		}

	}

	@Test
	void createsAMigrationClassWhoseConstructorNeedsABeanWithTheBeanFactory() {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		Clock clock = Clock.systemUTC();
		beanFactory.registerSingleton("clock", clock);
		List<MigrationClass> found = new MigrationClassScanner(beanFactory, getClass().getClassLoader())
			.find("dev.strata.autoconfigure.injected");
		assertThat(found).singleElement()
			.satisfies((migrationClass) -> assertThat(((V1_WithDependency) migrationClass.instance().get()).clock())
				.isSameAs(clock));
	}

	static class WithConstructorParameter implements Migration {

		WithConstructorParameter(String tableName) {
		}

		@Override
		public void up(Schema schema) {
		}

	}

	static class WithInjectedField implements Migration {

		@Autowired
		String tableName;

		@Override
		public void up(Schema schema) {
		}

	}

	static class WithInheritedInjectedField extends WithInjectedField {

	}

	static class WithBeanFactory implements Migration, BeanFactoryAware {

		@Override
		public void setBeanFactory(BeanFactory beanFactory) {
		}

		@Override
		public void up(Schema schema) {
		}

	}

	/**
	 * The test class loader without the classes of a package, so that they come from the
	 * jar.
	 */
	private static final class WithoutPackage extends ClassLoader {

		private final String path;

		WithoutPackage(String path) {
			super(MigrationClassScannerTests.class.getClassLoader());
			this.path = path;
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			if (name.replace('.', '/').startsWith(this.path + "/")) {
				throw new ClassNotFoundException(name);
			}
			return super.loadClass(name, resolve);
		}

		@Override
		public Enumeration<URL> getResources(String name) throws IOException {
			return name.startsWith(this.path) ? Collections.emptyEnumeration() : super.getResources(name);
		}

		@Override
		public URL getResource(String name) {
			return name.startsWith(this.path) ? null : super.getResource(name);
		}

	}

}
