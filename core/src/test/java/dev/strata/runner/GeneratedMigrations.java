package dev.strata.runner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.strata.migration.Migration;

/**
 * Many distinct migration classes for performance tests: copies of
 * {@link V00000000_Template} whose bytecode has the version in the class name replaced
 * (the new name has the same length, so the class file stays valid).
 */
final class GeneratedMigrations {

	private static final String TEMPLATE = "V00000000";

	private GeneratedMigrations() {
	}

	static List<Migration> create(int from, int count) {
		byte[] template = templateBytes();
		RenamingClassLoader loader = new RenamingClassLoader(GeneratedMigrations.class.getClassLoader());
		List<Migration> migrations = new ArrayList<>(count);
		for (int version = from; version < from + count; version++) {
			String name = String.format(Locale.ROOT, "V%08d", version);
			byte[] bytes = replace(template, TEMPLATE.getBytes(StandardCharsets.US_ASCII),
					name.getBytes(StandardCharsets.US_ASCII));
			Class<?> type = loader.define(V00000000_Template.class.getName().replace(TEMPLATE, name), bytes);
			try {
				migrations.add((Migration) type.getDeclaredConstructor().newInstance());
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return migrations;
	}

	private static byte[] templateBytes() {
		String resource = V00000000_Template.class.getSimpleName() + ".class";
		try (InputStream in = V00000000_Template.class.getResourceAsStream(resource)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] replace(byte[] source, byte[] target, byte[] replacement) {
		byte[] result = source.clone();
		outer: for (int i = 0; i <= result.length - target.length; i++) {
			for (int j = 0; j < target.length; j++) {
				if (result[i + j] != target[j]) {
					continue outer;
				}
			}
			System.arraycopy(replacement, 0, result, i, replacement.length);
		}
		return result;
	}

	private static final class RenamingClassLoader extends ClassLoader {

		RenamingClassLoader(ClassLoader parent) {
			super(parent);
		}

		Class<?> define(String name, byte[] bytes) {
			return defineClass(name, bytes, 0, bytes.length);
		}

	}

}
