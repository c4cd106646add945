package dev.strata.runner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import dev.strata.operation.SchemaOperation;

/**
 * The checksum of a migration, computed from the operations its {@code up()} records, not
 * from its bytecode: editing an applied migration so that it does something else changes
 * the checksum, while reformatting, renaming variables or recompiling with another
 * compiler does not.
 * <p>
 * The operations are written in a {@linkplain CanonicalOperationEncoder canonical form}
 * and hashed with SHA-256, of which the first 16 hex digits (64 bits) are kept. CRC32
 * would be cheaper still, but 32 bits is short for a value users compare by eye and that
 * must not collide across thousands of edits; SHA-256 of a few hundred bytes costs about
 * a microsecond, which is nothing next to running {@code up()}.
 */
public final class MigrationChecksum {

	/** The number of hex digits kept. */
	public static final int LENGTH = 16;

	private MigrationChecksum() {
	}

	/**
	 * Return the checksum of a list of operations.
	 * @param operations the operations, in order
	 * @return 16 lower-case hex digits
	 */
	public static String of(List<SchemaOperation> operations) {
		byte[] canonical = CanonicalOperationEncoder.encode(operations).getBytes(StandardCharsets.UTF_8);
		byte[] hash = sha256().digest(canonical);
		return HexFormat.of().formatHex(hash, 0, LENGTH / 2);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}

}
