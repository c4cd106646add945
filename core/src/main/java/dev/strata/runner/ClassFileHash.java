package dev.strata.runner;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * The hash of a migration's class files, built from what a jar's central directory
 * records of each file: its name, size and CRC-32. Those three, for the class file and
 * the class files nested in it in name order, are summed with CRC-32 and Adler-32 (64
 * bits together, as 16 hex digits). Recorded in the history with each applied migration,
 * it lets a later run tell, without loading the class, that the migration is the one that
 * was applied, and so has the recorded checksum. A run from a directory computes each
 * file's CRC-32 from its bytes; a run from a jar takes it from the jar's directory
 * without reading the file (see {@link MigrationSet#listed}), and both get the same hash.
 * The sums come from zlib, so they cost little even in a JVM that has just started
 * (SHA-256 runs interpreted then, and took ten times longer for 1,000 classes). Each file
 * counts by its size and CRC-32, as Flyway's checksum of a script is its CRC-32: an edit
 * that keeps both goes unseen with a chance of one in four billion. They guard against
 * edits, not against an attacker who can already replace the application's classes.
 * <p>
 * It is a shortcut, not the checksum: a class compiled differently (another compiler)
 * gets another hash and is then checked the full way, by recording its operations; and
 * code outside the migration's own class files (a helper class it calls, a base class) is
 * not in the hash, so an edit there is seen only when the migration's operations are
 * recorded (when its own class files changed too, or the history has no hash for it); and
 * a start from a jar that only lists the classes takes a class applied as a migration to
 * be one still, even if a base class in other files no longer implements
 * {@link dev.strata.migration.Migration}.
 */
public final class ClassFileHash {

	private ClassFileHash() {
	}

	/**
	 * Return the hash of class files.
	 * @param classFiles the class files by class name (binary names, such as
	 * {@code com.example.V1_Init$1})
	 * @return 16 lower-case hex digits
	 */
	public static String of(SortedMap<String, byte[]> classFiles) {
		SortedMap<String, FileSum> sums = new TreeMap<>();
		classFiles.forEach((name, bytes) -> sums.put(name, FileSum.of(bytes)));
		return ofSums(sums);
	}

	/**
	 * Return the hash of the class file of a class in which no class is nested: the same
	 * as {@link #of(SortedMap)} given that one file.
	 * @param className the binary class name
	 * @param classFile the class file
	 * @return 16 lower-case hex digits
	 */
	public static String of(String className, byte[] classFile) {
		CRC32 crc = new CRC32();
		Adler32 adler = new Adler32();
		add(className, FileSum.of(classFile), crc, adler);
		return hex(crc, adler);
	}

	/**
	 * Return the hash of class files known by their sizes and CRC-32s, as a jar's central
	 * directory records them: the same as {@link #of(SortedMap)} given their bytes.
	 * @param classFiles the size and CRC-32 of each class file, by class name
	 * @return 16 lower-case hex digits
	 */
	public static String ofSums(SortedMap<String, FileSum> classFiles) {
		CRC32 crc = new CRC32();
		Adler32 adler = new Adler32();
		for (Map.Entry<String, FileSum> file : classFiles.entrySet()) {
			add(file.getKey(), file.getValue(), crc, adler);
		}
		return hex(crc, adler);
	}

	private static void add(String className, FileSum file, CRC32 crc, Adler32 adler) {
		// The name, a zero byte, the size (8 bytes) and the CRC-32 (4 bytes), big-endian,
		// summed in one call each: with 10,000 classes listed in a JVM that has just
		// started, the calls cost more than the sums.
		byte[] name = className.getBytes(StandardCharsets.UTF_8);
		byte[] record = Arrays.copyOf(name, name.length + 13);
		file.write(record, name.length + 1);
		crc.update(record);
		adler.update(record);
	}

	private static String hex(CRC32 crc, Adler32 adler) {
		// Not String.format: parsing a format 1,000 times costs more than the sums.
		return hex8(crc.getValue()) + hex8(adler.getValue());
	}

	private static String hex8(long value) {
		String hex = Long.toHexString(value);
		return "00000000".substring(hex.length()) + hex;
	}

	/**
	 * What the hash takes of one class file: its size and CRC-32, the two values a jar's
	 * central directory records for each entry.
	 *
	 * @param size the size in bytes, not negative
	 * @param crc32 the CRC-32 of the bytes, from 0 to 2<sup>32</sup>-1
	 */
	public record FileSum(long size, long crc32) {

		public FileSum {
			if (size < 0 || crc32 < 0 || crc32 > 0xFFFF_FFFFL) {
				throw new IllegalArgumentException("Not the size and CRC-32 of a file: " + size + ", " + crc32);
			}
		}

		/**
		 * Return the sum of a class file's bytes.
		 * @param bytes the class file
		 * @return its size and CRC-32
		 */
		public static FileSum of(byte[] bytes) {
			CRC32 crc = new CRC32();
			crc.update(bytes);
			return new FileSum(bytes.length, crc.getValue());
		}

		/** Write the size as 8 bytes then the CRC-32 as 4, big-endian. */
		private void write(byte[] bytes, int offset) {
			for (int i = 0; i < 8; i++) {
				bytes[offset + i] = (byte) (this.size >>> (56 - 8 * i));
			}
			for (int i = 0; i < 4; i++) {
				bytes[offset + 8 + i] = (byte) (this.crc32 >>> (24 - 8 * i));
			}
		}

	}

}
