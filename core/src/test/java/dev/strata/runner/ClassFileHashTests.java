package dev.strata.runner;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClassFileHashTests {

	@Test
	void isBothSumsOverNamesSizesAndCrcsAsSixteenHexDigitsWithLeadingZeros() {
		assertThat(ClassFileHash.of(new TreeMap<>())).isEqualTo("0000000000000001");
		TreeMap<String, byte[]> files = new TreeMap<>();
		files.put("com.example.V1_Init", new byte[] { 1, 2, 3 });
		files.put("com.example.V1_Init$1", new byte[] { 4, 5 });
		CRC32 crc = new CRC32();
		Adler32 adler = new Adler32();
		files.forEach((name, bytes) -> {
			byte[] nameBytes = (name + "\0").getBytes(StandardCharsets.UTF_8);
			CRC32 fileCrc = new CRC32();
			fileCrc.update(bytes);
			byte[] sum = ByteBuffer.allocate(12).putLong(bytes.length).putInt((int) fileCrc.getValue()).array();
			crc.update(nameBytes);
			adler.update(nameBytes);
			crc.update(sum);
			adler.update(sum);
		});
		assertThat(ClassFileHash.of(files))
			.isEqualTo(String.format(Locale.ROOT, "%08x%08x", crc.getValue(), adler.getValue()));
	}

	@Test
	void isTheSameFromTheBytesAndFromTheSizesAndCrcsAJarDirectoryRecords() {
		byte[] outer = { 1, 2, 3, (byte) 0xCA, (byte) 0xFE };
		byte[] nested = { 4, 5 };
		TreeMap<String, byte[]> files = new TreeMap<>();
		files.put("com.example.V1_Init", outer);
		files.put("com.example.V1_Init$1", nested);
		TreeMap<String, ClassFileHash.FileSum> sums = new TreeMap<>();
		sums.put("com.example.V1_Init", new ClassFileHash.FileSum(5, crc(outer)));
		sums.put("com.example.V1_Init$1", new ClassFileHash.FileSum(2, crc(nested)));
		assertThat(ClassFileHash.ofSums(sums)).isEqualTo(ClassFileHash.of(files));
		assertThat(ClassFileHash.of("com.example.V1_Init", outer)).isEqualTo(ClassFileHash
			.ofSums(new TreeMap<>(Map.of("com.example.V1_Init", new ClassFileHash.FileSum(5, crc(outer))))));
	}

	@Test
	void changesWithTheSizeTheCrcOrTheNameOfAnyFile() {
		String base = hashOf("com.example.V1_Init", 10, 7);
		assertThat(hashOf("com.example.V1_Init", 11, 7)).isNotEqualTo(base);
		assertThat(hashOf("com.example.V1_Init", 10, 8)).isNotEqualTo(base);
		assertThat(hashOf("com.example.V2_Init", 10, 7)).isNotEqualTo(base);
	}

	@Test
	void refusesAFileSumThatNoFileHas() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ClassFileHash.FileSum(-1, 0))
			.withMessage("Not the size and CRC-32 of a file: -1, 0");
		assertThatIllegalArgumentException().isThrownBy(() -> new ClassFileHash.FileSum(1, 0x1_0000_0000L))
			.withMessage("Not the size and CRC-32 of a file: 1, 4294967296");
	}

	private static String hashOf(String name, long size, long crc) {
		TreeMap<String, ClassFileHash.FileSum> sums = new TreeMap<>();
		sums.put(name, new ClassFileHash.FileSum(size, crc));
		return ClassFileHash.ofSums(sums);
	}

	private static long crc(byte[] bytes) {
		CRC32 crc = new CRC32();
		crc.update(bytes);
		return crc.getValue();
	}

}
