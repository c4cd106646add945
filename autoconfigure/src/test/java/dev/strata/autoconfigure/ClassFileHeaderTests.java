package dev.strata.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

import dev.strata.autoconfigure.scanned.V2_ViaBase;
import dev.strata.autoconfigure.scanned.V3_WithAnonymous;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClassFileHeaderTests {

	@Test
	void readsWhatReflectionSeesOfClassesWithEveryKindOfConstant() throws IOException {
		// Math has long and double constants (two constant pool slots each), String
		// method handles and dynamic constants, HashMap nested classes and interfaces.
		for (Class<?> type : List.of(Math.class, String.class, HashMap.class, List.class, V2_ViaBase.class,
				V3_WithAnonymous.class, ClassFileHeaderTests.class, Nested.class)) {
			ClassFileHeader header = ClassFileHeader.read(bytes(type));
			assertThat(header.name()).isEqualTo(type.getName());
			assertThat(header.superName()).isEqualTo((type.getSuperclass() != null)
					? type.getSuperclass().getName().replace('.', '/') : "java/lang/Object");
			assertThat(header.interfaces()).containsExactlyElementsOf(
					Arrays.stream(type.getInterfaces()).map((i) -> i.getName().replace('.', '/')).toList());
			assertThat(Modifier.isInterface(header.access())).isEqualTo(type.isInterface());
			assertThat(Modifier.isAbstract(header.access())).isEqualTo(Modifier.isAbstract(type.getModifiers()));
		}
	}

	@Test
	void refusesWhatIsNotAClassFile() {
		assertThatIllegalArgumentException().isThrownBy(() -> ClassFileHeader.read("not a class".getBytes()))
			.withMessageContaining("0xCAFEBABE");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ClassFileHeader
				.read(new byte[] { (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 9, 1, 0, 5 }))
			.withMessageContaining("ends too soon");
	}

	private static byte[] bytes(Class<?> type) throws IOException {
		try (InputStream in = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
			return in.readAllBytes();
		}
	}

	static class Nested implements Runnable, Comparable<Nested> {

		static final long BIG = 1L << 40;

		static final double PI_ISH = 3.14159;

		@Override
		public void run() {
		}

		@Override
		public int compareTo(Nested other) {
			return Double.compare(PI_ISH, BIG);
		}

	}

}
