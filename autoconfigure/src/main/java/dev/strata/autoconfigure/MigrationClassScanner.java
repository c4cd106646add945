package dev.strata.autoconfigure;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import dev.strata.migration.Migration;
import dev.strata.runner.ClassFileHash;
import dev.strata.runner.ClassFileHash.FileSum;
import dev.strata.runner.ListedClass;
import dev.strata.runner.MigrationClass;
import dev.strata.runner.MigrationException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.SpringAsmInfo;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.Aware;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.log.LogMessage;
import org.springframework.util.ClassUtils;

/**
 * Finds the {@link Migration} classes in the migrations package, from their class files,
 * without loading them: the scanner reads each class file's header (its name, flags,
 * superclass and interfaces) and {@linkplain ClassFileHash hashes} it with the classes
 * nested in it. A class is loaded and created with the bean factory (so that it may have
 * dependencies injected) only when a run needs its operations.
 */
final class MigrationClassScanner {

	private static final Log logger = LogFactory.getLog(MigrationClassScanner.class);

	private static final String MIGRATION = Migration.class.getName().replace('.', '/');

	private final AutowireCapableBeanFactory beanFactory;

	private final ClassLoader classLoader;

	MigrationClassScanner(AutowireCapableBeanFactory beanFactory, ClassLoader classLoader) {
		this.beanFactory = beanFactory;
		this.classLoader = classLoader;
	}

	/**
	 * Return the migration classes of a package. A class that is also a bean counts once
	 * later, as the bean ({@link dev.strata.runner.MigrationSet}).
	 * @param migrationsPackage the package to scan, with its subpackages
	 * @return the classes
	 */
	List<MigrationClass> find(String migrationsPackage) {
		long start = System.nanoTime();
		SortedMap<String, ClassFile> classFiles = read(migrationsPackage);
		List<MigrationClass> classes = new ArrayList<>();
		for (Map.Entry<String, ClassFile> entry : classFiles.entrySet()) {
			String className = entry.getKey();
			if (isMigration(className, entry.getValue())) {
				classes.add(
						new MigrationClass(className, hash(className, classFiles), () -> instantiate(load(className))));
			}
		}
		logger.debug(LogMessage.format("Found %d migration classes among %d class files in [%s] in %d ms",
				classes.size(), classFiles.size(), migrationsPackage, (System.nanoTime() - start) / 1_000_000));
		return classes;
	}

	/**
	 * List the classes of a package, with its subpackages, from the central directories
	 * of the jars that hold it, without reading a class file: each class by its name and
	 * the hash of its class file and those nested in it, from the sizes and CRC-32s the
	 * directory records (the same hash {@link #find} computes from the bytes). The
	 * classes nested in another are left out (they count in its hash); so are
	 * {@code package-info} and {@code module-info}.
	 * @param migrationsPackage the package to list
	 * @return the classes, not known to be migrations; empty if the package is not found,
	 * not only in jars, a jar's directory lacks a size or CRC-32, a nested class has no
	 * outer class there, or the jars cannot be read (then {@link #find} reports why)
	 */
	Optional<List<ListedClass>> list(String migrationsPackage) {
		long start = System.nanoTime();
		String path = ClassUtils.convertClassNameToResourcePath(migrationsPackage);
		SortedMap<String, FileSum> sums = new TreeMap<>();
		try {
			Enumeration<URL> roots = this.classLoader.getResources(path);
			if (!roots.hasMoreElements()) {
				return Optional.empty();
			}
			while (roots.hasMoreElements()) {
				URL root = roots.nextElement();
				if (!"jar".equals(root.getProtocol()) || !(root.openConnection() instanceof JarURLConnection jar)
						|| !listJar(jar, path, sums)) {
					return Optional.empty();
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.debug(LogMessage.format("The migrations package [%s] could not be listed", migrationsPackage), ex);
			return Optional.empty();
		}
		List<ListedClass> listed = new ArrayList<>();
		for (Map.Entry<String, FileSum> entry : sums.entrySet()) {
			String className = entry.getKey();
			int nested = className.indexOf('$', className.lastIndexOf('.') + 1);
			if (nested < 0) {
				listed.add(new ListedClass(className, hashOfSums(className, sums)));
			}
			else if (!sums.containsKey(className.substring(0, nested))) {
				return Optional.empty();
			}
		}
		logger.debug(LogMessage.format("Listed %d classes in [%s] from the jar's directory in %d ms", listed.size(),
				migrationsPackage, (System.nanoTime() - start) / 1_000_000));
		return Optional.of(listed);
	}

	/**
	 * Add the sizes and CRC-32s of the class files under a directory of a jar, by class
	 * name; the first on the class path wins, as in class loading.
	 * @return whether the jar's directory records them all
	 */
	private static boolean listJar(JarURLConnection connection, String path, SortedMap<String, FileSum> sums)
			throws IOException {
		String prefix = directoryPrefix(connection);
		if (!prefix.endsWith(path + "/")) {
			return false;
		}
		int root = prefix.length() - path.length() - 1;
		JarFile jar = connection.getJarFile();
		try {
			for (JarEntry entry : classEntries(jar, prefix)) {
				String name = entry.getName();
				if (name.endsWith("/package-info.class") || name.endsWith("/module-info.class")) {
					continue;
				}
				if (entry.getSize() < 0 || entry.getCrc() < 0) {
					return false;
				}
				String className = name.substring(root, name.length() - ".class".length()).replace('/', '.');
				sums.putIfAbsent(className, new FileSum(entry.getSize(), entry.getCrc()));
			}
			return true;
		}
		finally {
			if (!connection.getUseCaches()) {
				jar.close();
			}
		}
	}

	/**
	 * Hash the sums of a class file and of the class files nested in it, as {@link #hash}
	 * hashes their bytes.
	 */
	private static String hashOfSums(String className, SortedMap<String, FileSum> sums) {
		return ClassFileHash.ofSums(classAndNested(className, sums));
	}

	/**
	 * Return the files of a class and of the classes nested in it: the class's own, and
	 * those whose binary names start with the class name and a {@code $}.
	 */
	private static <T> SortedMap<String, T> classAndNested(String className, SortedMap<String, T> files) {
		// '%' follows '$': the range holds every name that starts with the class name and
		// '$', and the few other names between that a class file may have
		SortedMap<String, T> range = files.subMap(className, className + "%");
		if (range.size() == 1) {
			return range;
		}
		String nested = className + "$";
		SortedMap<String, T> selected = new TreeMap<>();
		range.forEach((name, file) -> {
			if (name.equals(className) || name.startsWith(nested)) {
				selected.put(name, file);
			}
		});
		return selected;
	}

	private SortedMap<String, ClassFile> read(String migrationsPackage) {
		String path = ClassUtils.convertClassNameToResourcePath(migrationsPackage);
		SortedMap<String, ClassFile> classFiles = new TreeMap<>();
		try {
			Enumeration<URL> roots = this.classLoader.getResources(path);
			boolean otherRoots = false;
			while (roots.hasMoreElements()) {
				URL root = roots.nextElement();
				if ("file".equals(root.getProtocol())) {
					readDirectory(Path.of(root.toURI()), classFiles);
				}
				else if (root.openConnection() instanceof JarURLConnection jar) {
					readJar(jar, classFiles);
				}
				else {
					otherRoots = true;
				}
			}
			if (otherRoots) {
				// Other kinds of class path: Spring knows them all.
				String pattern = "classpath*:" + path + "/**/*.class";
				for (Resource resource : new PathMatchingResourcePatternResolver(this.classLoader)
					.getResources(pattern)) {
					if (!"file".equals(resource.getURL().getProtocol())) {
						try (InputStream in = resource.getInputStream()) {
							add(ClassFile.read(in.readAllBytes()), classFiles);
						}
					}
				}
			}
		}
		catch (IOException | URISyntaxException | RuntimeException ex) {
			throw new MigrationException(
					"The migrations package [" + migrationsPackage + "] could not be scanned: " + ex.getMessage(), null,
					null, null, null, null, ex);
		}
		return classFiles;
	}

	/**
	 * Read the class files of a directory and its subdirectories, the common case of an
	 * application run from its build output or an exploded jar, without the pattern
	 * matching a resource resolver does for each file. The files are read and their
	 * headers parsed in parallel: with 10,000 migrations, reading them one by one took
	 * about 300 ms, in parallel about 100 ms on two cores.
	 */
	private static void readDirectory(Path directory, SortedMap<String, ClassFile> classFiles) throws IOException {
		List<File> files = new ArrayList<>();
		collectClassFiles(directory.toFile(), files);
		try {
			List<ClassFile> read = files.parallelStream().map(MigrationClassScanner::readClassFile).toList();
			read.forEach((classFile) -> add(classFile, classFiles));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * Read the class files under a directory of a jar (a plain jar, or one nested in an
	 * executable Spring Boot jar), in parallel, from the jar file the class loader
	 * opened. A resource resolver would open a connection for each file: with 10,000
	 * migrations in a jar, that took about 600 ms in a JVM that has just started, three
	 * times as long as a directory.
	 */
	private static void readJar(JarURLConnection connection, SortedMap<String, ClassFile> classFiles)
			throws IOException {
		JarFile jar = connection.getJarFile();
		try {
			List<ClassFile> read = classEntries(jar, directoryPrefix(connection)).parallelStream()
				.map((entry) -> readEntry(jar, entry))
				.toList();
			read.forEach((classFile) -> add(classFile, classFiles));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		finally {
			if (!connection.getUseCaches()) {
				jar.close();
			}
		}
	}

	/**
	 * Return the directory of a jar that a connection points at, as a prefix of entry
	 * names: empty for the jar's root, otherwise ending with a {@code /}.
	 */
	private static String directoryPrefix(JarURLConnection connection) {
		String directory = (connection.getEntryName() != null) ? connection.getEntryName() : "";
		return (directory.isEmpty() || directory.endsWith("/")) ? directory : directory + "/";
	}

	/**
	 * Return the class file entries of a jar under a directory and its subdirectories.
	 */
	private static List<JarEntry> classEntries(JarFile jar, String prefix) {
		List<JarEntry> entries = new ArrayList<>();
		for (Enumeration<JarEntry> all = jar.entries(); all.hasMoreElements();) {
			JarEntry entry = all.nextElement();
			if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".class")) {
				entries.add(entry);
			}
		}
		return entries;
	}

	private static ClassFile readEntry(JarFile jar, JarEntry entry) {
		try (InputStream in = jar.getInputStream(entry)) {
			return ClassFile.read(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void collectClassFiles(File directory, List<File> files) {
		String[] children = directory.list();
		if (children == null) {
			return;
		}
		// Sorting names costs less than sorting files.
		Arrays.sort(children);
		for (String child : children) {
			// Names tell files from directories, without a file system call each.
			if (child.endsWith(".class")) {
				files.add(new File(directory, child));
			}
			else {
				collectClassFiles(new File(directory, child), files);
			}
		}
	}

	private static ClassFile readClassFile(File file) {
		try (InputStream in = new FileInputStream(file)) {
			return ClassFile.read(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void add(ClassFile classFile, SortedMap<String, ClassFile> classFiles) {
		// The first on the class path wins, as in class loading.
		classFiles.putIfAbsent(classFile.name(), classFile);
	}

	private boolean isMigration(String className, ClassFile classFile) {
		ClassFileHeader header = classFile.header();
		if ((header.access() & (Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT)) != 0
				|| (className.indexOf('$') >= 0 && !classFile.isIndependent())) {
			return false;
		}
		if (Arrays.asList(header.interfaces()).contains(MIGRATION)) {
			return true;
		}
		if ("java/lang/Object".equals(header.superName()) && header.interfaces().length == 0) {
			return false;
		}
		// Implemented through a superclass or an interface: ask the class itself.
		return Migration.class.isAssignableFrom(load(className));
	}

	/**
	 * Hash the class file of a class and of the classes nested in it, whose binary names
	 * start with the class name and a {@code $}.
	 */
	private static String hash(String className, SortedMap<String, ClassFile> classFiles) {
		SortedMap<String, ClassFile> files = classAndNested(className, classFiles);
		if (files.size() == 1) {
			return files.get(className).ownHash();
		}
		SortedMap<String, byte[]> bytes = new TreeMap<>();
		files.forEach((name, classFile) -> bytes.put(name, classFile.bytes()));
		return ClassFileHash.of(bytes);
	}

	private Class<?> load(String className) {
		try {
			return ClassUtils.forName(className, this.classLoader);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw new MigrationException("Migration class [" + className + "] cannot be loaded: " + ex, className, null,
					null, null, null, ex);
		}
	}

	private Migration instantiate(Class<?> type) {
		try {
			if (!needsBeanFactory(type)) {
				return (Migration) BeanUtils.instantiateClass(type);
			}
			return (Migration) this.beanFactory.createBean(type);
		}
		catch (BeansException | LinkageError ex) {
			Throwable cause = (ex instanceof BeansException beansException
					&& beansException.getMostSpecificCause() != null) ? beansException.getMostSpecificCause() : ex;
			throw new MigrationException(
					"Migration class [" + type.getName() + "] cannot be instantiated: " + cause.getMessage()
							+ ". Give it a public constructor whose parameters are beans, or make it a bean itself.",
					type.getSimpleName(), null, null, null, null, ex);
		}
	}

	/**
	 * Return whether creating a migration class needs the bean factory: when its
	 * constructor has parameters, or it has annotations (on the class, its fields or
	 * methods, or those of its superclasses) that may ask for injection or a callback, or
	 * it is {@link Aware} or an {@link InitializingBean}. The others, most migrations,
	 * are created with their constructor: creating 1,000 of them through the bean factory
	 * of an application, whose bean post processors each see every new object, took about
	 * 400 ms. Post processors that pick classes by type or by pointcut (an aspect, say)
	 * do not see these; a migration that must be post-processed is made a bean.
	 */
	static boolean needsBeanFactory(Class<?> type) {
		if (Aware.class.isAssignableFrom(type) || InitializingBean.class.isAssignableFrom(type)) {
			return true;
		}
		for (Constructor<?> constructor : type.getDeclaredConstructors()) {
			if (constructor.getParameterCount() > 0 || constructor.getDeclaredAnnotations().length > 0) {
				return true;
			}
		}
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			if (current.getDeclaredAnnotations().length > 0) {
				return true;
			}
			for (Field field : current.getDeclaredFields()) {
				if (field.getDeclaredAnnotations().length > 0) {
					return true;
				}
			}
			for (Method method : current.getDeclaredMethods()) {
				if (method.getDeclaredAnnotations().length > 0) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * What the scanner needs of a class file: its bytes, its header, and its
	 * {@linkplain ClassFileHash hash} alone, which is the class hash of a class in which
	 * no class is nested (most migrations). Read where the file is read, on the threads
	 * that read the files in parallel.
	 */
	private record ClassFile(byte[] bytes, ClassFileHeader header, String ownHash) {

		static ClassFile read(byte[] bytes) {
			ClassFileHeader header = ClassFileHeader.read(bytes);
			return new ClassFile(bytes, header, ClassFileHash.of(header.name(), bytes));
		}

		String name() {
			return this.header.name();
		}

		/**
		 * Return whether a nested class can be created on its own: a static member class,
		 * not an inner, local or anonymous class.
		 */
		boolean isIndependent() {
			String internalName = name().replace('.', '/');
			boolean[] independent = { false };
			new ClassReader(this.bytes).accept(new ClassVisitor(SpringAsmInfo.ASM_VERSION) {

				@Override
				public void visitInnerClass(String name, String outerName, String innerName, int access) {
					if (name.equals(internalName)) {
						independent[0] = outerName != null && innerName != null && (access & Opcodes.ACC_STATIC) != 0;
					}
				}

			}, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
			return independent[0];
		}

	}

}
