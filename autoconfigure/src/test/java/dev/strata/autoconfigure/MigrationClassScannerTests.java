package dev.strata.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.TreeMap;

import dev.strata.autoconfigure.scanned.V1_Plain;
import dev.strata.autoconfigure.scanned.V2_ViaBase;
import dev.strata.autoconfigure.scanned.V3_WithAnonymous;
import dev.strata.migration.Migration;
import dev.strata.runner.ClassFileHash;
import dev.strata.runner.MigrationClass;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationClassScannerTests {

	private static final String PACKAGE = "dev.strata.autoconfigure.scanned";

	private final MigrationClassScanner scanner = new MigrationClassScanner(new DefaultListableBeanFactory(),
			getClass().getClassLoader());

	@Test
	void findsTheConcreteMigrationClassesWithoutCreatingThem() {
		int created = V1_Plain.created;
		List<MigrationClass> found = this.scanner.find(List.of(), PACKAGE);
		assertThat(found).extracting(MigrationClass::className)
			.containsExactly(V1_Plain.class.getName(), V2_ViaBase.class.getName(), V3_WithAnonymous.class.getName());
		assertThat(V1_Plain.created).isEqualTo(created);
		Migration migration = found.get(0).instance().get();
		assertThat(migration).isInstanceOf(V1_Plain.class);
		assertThat(V1_Plain.created).isEqualTo(created + 1);
	}

	@Test
	void aClassThatIsABeanCountsOnceAsTheBean() {
		List<MigrationClass> found = this.scanner.find(List.of(new V1_Plain()), PACKAGE);
		assertThat(found).extracting(MigrationClass::className)
			.containsExactly(V2_ViaBase.class.getName(), V3_WithAnonymous.class.getName());
	}

	@Test
	void hashesTheClassFileWithTheClassesNestedInIt() throws IOException {
		String name = V3_WithAnonymous.class.getName();
		TreeMap<String, byte[]> files = new TreeMap<>();
		files.put(name, bytes(name));
		String outerOnly = ClassFileHash.of(files);
		files.put(name + "$1", bytes(name + "$1"));
		MigrationClass found = this.scanner.find(List.of(), PACKAGE).get(2);
		assertThat(found.classHash()).isEqualTo(ClassFileHash.of(files)).isNotEqualTo(outerOnly).hasSize(16);
	}

	private static byte[] bytes(String className) throws IOException {
		try (InputStream in = MigrationClassScannerTests.class.getClassLoader()
			.getResourceAsStream(className.replace('.', '/') + ".class")) {
			return in.readAllBytes();
		}
	}

}
