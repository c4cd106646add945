package dev.strata.testing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import dev.strata.codegen.GeneratedMigration;
import dev.strata.migration.Migration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compiles generated migrations in memory, with {@code -Xlint:all} and Javadoc lint,
 * against the tests' classpath, and loads them. Any diagnostic, even a warning, fails the
 * test.
 */
public final class InMemoryJavaCompiler {

	private InMemoryJavaCompiler() {
	}

	/**
	 * Compile the generated classes together and load them.
	 * @param migrations the classes
	 * @return an instance of each, by fully qualified class name
	 */
	public static Map<String, Migration> compile(List<GeneratedMigration> migrations) {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, null, null);
		MemoryFileManager files = new MemoryFileManager(standard);
		List<JavaFileObject> sources = migrations.stream().<JavaFileObject>map(SourceFile::new).toList();
		List<String> options = List.of("-Xlint:all", "-Xdoclint:all,-missing", "-proc:none", "-classpath", classpath());
		boolean compiled = compiler.getTask(null, files, diagnostics, options, null, sources).call();
		assertThat(diagnostics.getDiagnostics()).as(() -> describe(diagnostics.getDiagnostics(), migrations)).isEmpty();
		assertThat(compiled).isTrue();
		ClassLoader loader = new MemoryClassLoader(files.classes, InMemoryJavaCompiler.class.getClassLoader());
		Map<String, Migration> instances = new HashMap<>();
		for (GeneratedMigration migration : migrations) {
			String name = qualifiedName(migration);
			try {
				instances.put(name, (Migration) loader.loadClass(name).getDeclaredConstructor().newInstance());
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot instantiate [" + name + "]", ex);
			}
		}
		return instances;
	}

	public static String qualifiedName(GeneratedMigration migration) {
		return migration.packageName().isEmpty() ? migration.className()
				: migration.packageName() + "." + migration.className();
	}

	private static String classpath() {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return String.join(File.pathSeparator,
				Arrays.stream(classpath.split(File.pathSeparator))
					.filter((entry) -> !entry.isEmpty() && Files.exists(Path.of(entry)))
					.toList());
	}

	private static String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics,
			List<GeneratedMigration> migrations) {
		List<String> text = new ArrayList<>();
		diagnostics.forEach((diagnostic) -> text.add(diagnostic.toString()));
		diagnostics.stream()
			.filter((diagnostic) -> diagnostic.getSource() instanceof SourceFile)
			.map((diagnostic) -> ((SourceFile) diagnostic.getSource()).migration.source())
			.distinct()
			.forEach(text::add);
		return (migrations.size() + " classes: ") + String.join("\n", text);
	}

	private static final class SourceFile extends SimpleJavaFileObject {

		private final GeneratedMigration migration;

		SourceFile(GeneratedMigration migration) {
			super(URI.create("string:///" + migration.relativePath()), Kind.SOURCE);
			this.migration = migration;
		}

		@Override
		public CharSequence getCharContent(boolean ignoreEncodingErrors) {
			return this.migration.source();
		}

	}

	private static final class ClassFile extends SimpleJavaFileObject {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		ClassFile(String name) {
			super(URI.create("bytes:///" + name.replace('.', '/') + ".class"), Kind.CLASS);
		}

		@Override
		public OutputStream openOutputStream() {
			return this.bytes;
		}

	}

	private static final class MemoryFileManager extends ForwardingJavaFileManager<JavaFileManager> {

		private final Map<String, ClassFile> classes = new HashMap<>();

		MemoryFileManager(JavaFileManager delegate) {
			super(delegate);
		}

		@Override
		public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
				FileObject sibling) {
			ClassFile file = new ClassFile(className);
			this.classes.put(className, file);
			return file;
		}

	}

	private static final class MemoryClassLoader extends ClassLoader {

		private final Map<String, ClassFile> classes;

		MemoryClassLoader(Map<String, ClassFile> classes, ClassLoader parent) {
			super(parent);
			this.classes = classes;
		}

		@Override
		protected Class<?> findClass(String name) throws ClassNotFoundException {
			ClassFile file = this.classes.get(name);
			if (file == null) {
				throw new ClassNotFoundException(name);
			}
			byte[] bytes = file.bytes.toByteArray();
			return defineClass(name, bytes, 0, bytes.length);
		}

	}

}
