package dev.strata.runner;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * The hash of a migration's class files: CRC-32 and Adler-32 (64 bits together, as 16 hex
 * digits) over the name and bytes of the class file and of the class files nested in it,
 * in name order. Recorded in the history with each applied migration, it lets a later run
 * tell, without loading the class, that the migration is byte for byte the one that was
 * applied, and so has the recorded checksum. The two sums come from zlib, so they cost
 * little even in a JVM that has just started (SHA-256 runs interpreted then, and took ten
 * times longer for 1,000 classes); they guard against edits, not against an attacker who
 * can already replace the application's classes.
 * <p>
 * It is a shortcut, not the checksum: a class compiled differently (another compiler)
 * gets another hash and is then checked the full way, by recording its operations; and
 * code outside the migration's own class files (a helper class it calls) is not in the
 * hash, so an edit there is seen only when the migration's operations are recorded (when
 * its own class files changed too, or the history has no hash for it).
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
		CRC32 crc = new CRC32();
		Adler32 adler = new Adler32();
		for (Map.Entry<String, byte[]> file : classFiles.entrySet()) {
			add(file.getKey(), file.getValue(), crc, adler);
		}
		return hex(crc, adler);
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
		add(className, classFile, crc, adler);
		return hex(crc, adler);
	}

	private static void add(String className, byte[] classFile, CRC32 crc, Adler32 adler) {
		byte[] name = (className + "\0").getBytes(StandardCharsets.UTF_8);
		crc.update(name);
		adler.update(name);
		crc.update(classFile);
		adler.update(classFile);
	}

	private static String hex(CRC32 crc, Adler32 adler) {
		// Not String.format: parsing a format 1,000 times costs more than the sums.
		return hex8(crc.getValue()) + hex8(adler.getValue());
	}

	private static String hex8(long value) {
		String hex = Long.toHexString(value);
		return "00000000".substring(hex.length()) + hex;
	}

}
