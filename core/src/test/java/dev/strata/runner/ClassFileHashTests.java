package dev.strata.runner;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.TreeMap;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassFileHashTests {

	@Test
	void isBothSumsOverNamesAndBytesAsSixteenHexDigitsWithLeadingZeros() {
		assertThat(ClassFileHash.of(new TreeMap<>())).isEqualTo("0000000000000001");
		TreeMap<String, byte[]> files = new TreeMap<>();
		files.put("com.example.V1_Init", new byte[] { 1, 2, 3 });
		files.put("com.example.V1_Init$1", new byte[] { 4, 5 });
		CRC32 crc = new CRC32();
		Adler32 adler = new Adler32();
		files.forEach((name, bytes) -> {
			byte[] nameBytes = (name + "\0").getBytes(StandardCharsets.UTF_8);
			crc.update(nameBytes);
			adler.update(nameBytes);
			crc.update(bytes);
			adler.update(bytes);
		});
		assertThat(ClassFileHash.of(files))
			.isEqualTo(String.format(Locale.ROOT, "%08x%08x", crc.getValue(), adler.getValue()));
	}

}
