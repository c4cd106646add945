package dev.strata.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Jars of the tests' class files, written as build tools write them: with an entry for
 * each directory of the package, before its files.
 */
final class TestJars {

	private TestJars() {
	}

	/**
	 * Write a jar with class files of a package, read from the tests' class path, each
	 * followed by the given bytes (which change its size and CRC-32 but not the class the
	 * tests load, from their class path).
	 * @param jar where to write it
	 * @param packageName the package
	 * @param appended the bytes written after each class file
	 * @param simpleNames the classes, by their binary names in the package (such as
	 * {@code V3_WithAnonymous$1})
	 * @return the jar
	 * @throws IOException if the jar cannot be written
	 */
	static Path write(Path jar, String packageName, byte[] appended, List<String> simpleNames) throws IOException {
		String path = packageName.replace('.', '/');
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
			String directoryEntry = "";
			for (String segment : path.split("/")) {
				directoryEntry += segment + "/";
				out.putNextEntry(new JarEntry(directoryEntry));
				out.closeEntry();
			}
			for (String name : simpleNames) {
				out.putNextEntry(new JarEntry(path + "/" + name + ".class"));
				out.write(classFile(packageName + "." + name));
				out.write(appended);
				out.closeEntry();
			}
		}
		return jar;
	}

	/**
	 * Return the classes of a package that is a directory on the tests' class path, by
	 * their binary names in the package, sorted.
	 * @param packageName the package
	 * @return the names, {@code package-info} included
	 */
	static List<String> classesIn(String packageName) {
		URL directory = resource(packageName.replace('.', '/'));
		try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".class"))
				.map((name) -> name.substring(0, name.length() - ".class".length()))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Return the class file of a class on the tests' class path.
	 * @param className the binary class name
	 * @return its bytes
	 * @throws IOException if it cannot be read
	 */
	static byte[] classFile(String className) throws IOException {
		try (InputStream in = resource(className.replace('.', '/') + ".class").openStream()) {
			return in.readAllBytes();
		}
	}

	private static URL resource(String name) {
		URL url = TestJars.class.getClassLoader().getResource(name);
		if (url == null) {
			throw new IllegalStateException("[" + name + "] is not on the tests' class path");
		}
		return url;
	}

}
