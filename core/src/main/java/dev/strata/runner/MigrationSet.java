package dev.strata.runner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

import dev.strata.migration.Migration;
import dev.strata.migration.MigrationName;
import dev.strata.migration.Schema;
import dev.strata.runner.UpToDateHistory.ClassAndHash;
import org.jspecify.annotations.Nullable;

/**
 * The migrations of an application: instances (Spring beans, or migrations given in code)
 * and {@linkplain MigrationClass classes found on the class path}, each class once. A
 * migration is created and its operations recorded only when a run needs them, and then
 * once for the life of the set.
 * <p>
 * Against the history, a migration whose class files hash to the value recorded with its
 * last applied row is taken to have that row's checksum without being loaded: so a run
 * with nothing pending reads the class files of the migrations but creates none of them.
 * Migrations given as instances have no known hash and are always recorded.
 * <p>
 * A set can also start from the classes a jar's central directory {@linkplain #listed
 * lists}, before any class file is read: enough to ask whether the history is up to date,
 * which is all a start with nothing pending asks. Its class files are read, and the set
 * built from them, only when something else is asked.
 */
public final class MigrationSet {

	private final @Nullable List<ListedClass> listed;

	private final @Nullable Supplier<MigrationSet> reader;

	private final Object contentsLock = new Object();

	private @Nullable Contents contents;

	private final Object summaryLock = new Object();

	private boolean summarized;

	private @Nullable UpToDateHistory summary;

	private MigrationSet(List<Entry> entries) {
		this.listed = null;
		this.reader = null;
		this.contents = new Contents(entries);
	}

	private MigrationSet(List<ListedClass> listed, Supplier<MigrationSet> reader) {
		this.listed = List.copyOf(listed);
		this.reader = reader;
	}

	/**
	 * Return the set of the given migrations.
	 * @param migrations the migrations, in any order; the same class given twice counts
	 * once
	 * @return the set
	 */
	public static MigrationSet of(Collection<? extends Migration> migrations) {
		return of(migrations, List.of());
	}

	/**
	 * Return the set of the given migrations and migration classes. A class given both
	 * ways counts once, as the instance.
	 * @param migrations the migration instances, in any order
	 * @param classes the migration classes, in any order
	 * @return the set
	 */
	public static MigrationSet of(Collection<? extends Migration> migrations, Collection<MigrationClass> classes) {
		Map<String, Entry> byClass = new LinkedHashMap<>();
		for (Migration migration : migrations) {
			Class<?> type = MigrationResolver.userClass(migration.getClass());
			byClass.putIfAbsent(type.getName(), new Entry(type.getName(), null, () -> migration));
		}
		for (MigrationClass type : classes) {
			byClass.putIfAbsent(type.className(), new Entry(type.className(), type.classHash(), type.instance()));
		}
		return new MigrationSet(new ArrayList<>(byClass.values()));
	}

	/**
	 * Return the set of the classes a jar's central directory lists in the migrations
	 * package, before their class files are read. Its {@linkplain #upToDateHistory()
	 * history as it would be} is summed up from the listed names and hashes: the texts
	 * are equal only when every listed class was applied under its name with these very
	 * class files, by a run that read them and so knew it for a migration, and no other
	 * migration was applied. Anything else asked of the set (the history differs, say, or
	 * the status is asked) first builds the set from the class files, once, with the
	 * given reader. One thing the listed files cannot tell: a class that is a migration
	 * through a supertype in other files (a base class that implements {@link Migration})
	 * is trusted to be one still, as an edit in a helper class is not seen by a run that
	 * trusts a class hash (see {@link ClassFileHash}).
	 * @param listed every class in the migrations package, the classes nested in another
	 * left out (they count in its hash)
	 * @param reader builds the set from the class files, when first needed
	 * @return the set
	 */
	public static MigrationSet listed(Collection<ListedClass> listed, Supplier<MigrationSet> reader) {
		Objects.requireNonNull(listed, "'listed' must not be null");
		Objects.requireNonNull(reader, "'reader' must not be null");
		return new MigrationSet(new ArrayList<>(listed), reader);
	}

	/**
	 * Build the set from the class files now, if it was {@linkplain #listed listed} and
	 * not built yet: for a caller that knows a run will need them, ahead of it on another
	 * thread. Does nothing for other sets.
	 * @throws MigrationException if the class files cannot be read
	 */
	public void readClasses() {
		contents();
	}

	/**
	 * Return the migrations: given when the set was built, or, for a set that was
	 * {@linkplain #listed listed}, those of the set built from the class files, once (a
	 * failed build is not kept).
	 */
	private Contents contents() {
		synchronized (this.contentsLock) {
			Contents known = this.contents;
			if (known == null) {
				Supplier<MigrationSet> reader = Objects.requireNonNull(this.reader, "A listed set has a reader");
				known = Objects.requireNonNull(reader.get(), "No migration set was read").contents();
				this.contents = known;
			}
			return known;
		}
	}

	/**
	 * Return whether the set is empty.
	 * @return whether there is no migration
	 */
	public boolean isEmpty() {
		return contents().entries.isEmpty();
	}

	/**
	 * Resolve every migration: create it and record its operations.
	 * @return the migrations, ordered by version
	 * @throws MigrationException if a class is not named as a migration, two classes
	 * share a version, or {@code up()} fails
	 */
	public List<ResolvedMigration> resolveAll() {
		List<Entry> entries = contents().entries;
		List<ResolvedMigration> resolved = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			resolved.add(entry.resolved());
		}
		return MigrationResolver.inVersionOrder(resolved);
	}

	/**
	 * Create every migration, on this thread, and order them by version, without
	 * recording their operations: for a run that records each migration only when it is
	 * about to apply it, on another thread.
	 * @return the migrations, ordered by version; each records its operations (once for
	 * the life of the set) when asked, on the thread that asks
	 * @throws MigrationException if a class is not named as a migration or two classes
	 * share a version
	 */
	List<Supplier<ResolvedMigration>> inVersionOrder() {
		TreeMap<Long, Entry> byVersion = new TreeMap<>();
		for (Entry entry : contents().entries) {
			entry.instance();
			String simpleName = MigrationClass.simpleName(entry.className);
			long version = MigrationResolver.name(entry.className, simpleName).version();
			Entry other = byVersion.putIfAbsent(version, entry);
			if (other != null) {
				throw MigrationResolver.sameVersion(other.className, entry.className, simpleName, version);
			}
		}
		List<Supplier<ResolvedMigration>> ordered = new ArrayList<>(byVersion.size());
		byVersion.values().forEach((entry) -> ordered.add(entry::resolved));
		return ordered;
	}

	/**
	 * Create every migration (once for the life of the set).
	 * @return the migrations, in the order given
	 */
	public List<Migration> instances() {
		List<Entry> entries = contents().entries;
		List<Migration> instances = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			instances.add(entry.instance());
		}
		return instances;
	}

	/**
	 * Resolve the migrations as far as the history requires: a migration whose class hash
	 * equals the one recorded with the last applied row of its version gets that row's
	 * checksum and is not created; the others are resolved. The result tells the status
	 * of every migration, but its trusted migrations have no operations: it must not be
	 * planned.
	 * @param history the rows of the history table, in log order
	 * @return the migrations, ordered by version
	 * @throws MigrationException as {@link #resolveAll()}
	 */
	List<ResolvedMigration> resolveAgainst(List<HistoryEntry> history) {
		Map<Long, HistoryEntry> lastRows = new HashMap<>();
		history.forEach((row) -> lastRows.put(row.version(), row));
		List<Entry> entries = contents().entries;
		List<ResolvedMigration> resolved = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			ResolvedMigration trusted = entry.trusted(lastRows);
			resolved.add((trusted != null) ? trusted : entry.resolved());
		}
		return MigrationResolver.inVersionOrder(resolved);
	}

	/**
	 * Return the history table as it is when every migration of this set is applied with
	 * the class files it has now and no other migration is applied: the state in which a
	 * run has nothing to do. Computed once for the life of the set.
	 * @return the history, or {@code null} if a migration has no class hash (it was given
	 * as an instance), no version in its class name, or the version of another: such a
	 * set is resolved against every history row
	 */
	@Nullable UpToDateHistory upToDateHistory() {
		synchronized (this.summaryLock) {
			if (!this.summarized) {
				this.summary = summarize();
				this.summarized = true;
			}
			return this.summary;
		}
	}

	/**
	 * Prepare, ahead of a run, what a run compares with the history when it has nothing
	 * to do (the {@linkplain #upToDateHistory() history as it would be}), once for the
	 * life of the set: for a caller that builds the set on another thread while the
	 * application starts.
	 */
	public void prepareRun() {
		upToDateHistory();
	}

	private @Nullable UpToDateHistory summarize() {
		List<ListedClass> listed = this.listed;
		if (listed != null) {
			// A class that is not named as a migration (a helper, say) is left out of
			// the set built from the class files, which may then be summed up.
			UpToDateHistory fromListed = summarize(
					listed.stream().map((type) -> new ClassAndHash(type.className(), type.classHash())).toList());
			if (fromListed != null) {
				return fromListed;
			}
		}
		List<ClassAndHash> classes = new ArrayList<>();
		for (Entry entry : contents().entries) {
			String classHash = entry.classHash;
			if (classHash == null) {
				return null;
			}
			classes.add(new ClassAndHash(entry.className, classHash));
		}
		return summarize(classes);
	}

	private static @Nullable UpToDateHistory summarize(List<ClassAndHash> classes) {
		TreeMap<Long, ClassAndHash> byVersion = new TreeMap<>();
		for (ClassAndHash type : classes) {
			long version = version(MigrationClass.simpleName(type.className()));
			if (version < 0 || byVersion.put(version, type) != null) {
				return null;
			}
		}
		return UpToDateHistory.expected(byVersion);
	}

	/**
	 * Return the class hash of a migration.
	 * @param className the fully qualified class name
	 * @return the hash, or {@code null} if unknown
	 */
	@Nullable String classHash(String className) {
		return contents().classHashes.get(className);
	}

	/**
	 * The migrations of a set, with the class hash of each migration class.
	 */
	private static final class Contents {

		private final List<Entry> entries;

		private final Map<String, String> classHashes = new HashMap<>();

		Contents(List<Entry> entries) {
			this.entries = List.copyOf(entries);
			for (Entry entry : entries) {
				if (entry.classHash != null) {
					this.classHashes.put(entry.className, entry.classHash);
				}
			}
		}

	}

	private static final class Entry {

		private final String className;

		private final @Nullable String classHash;

		private final Supplier<? extends Migration> instance;

		private @Nullable Migration created;

		private @Nullable ResolvedMigration resolved;

		Entry(String className, @Nullable String classHash, Supplier<? extends Migration> instance) {
			this.className = className;
			this.classHash = classHash;
			this.instance = instance;
		}

		synchronized Migration instance() {
			Migration migration = this.created;
			if (migration == null) {
				migration = Objects.requireNonNull(this.instance.get(),
						() -> "No migration was created for class [" + this.className + "]");
				this.created = migration;
			}
			return migration;
		}

		synchronized ResolvedMigration resolved() {
			ResolvedMigration known = this.resolved;
			if (known == null) {
				Migration migration = instance();
				known = MigrationResolver.resolve(MigrationResolver.userClass(migration.getClass()), migration);
				this.resolved = known;
			}
			return known;
		}

		@Nullable ResolvedMigration trusted(Map<Long, HistoryEntry> lastRows) {
			if (this.classHash == null) {
				return null;
			}
			ResolvedMigration known;
			synchronized (this) {
				known = this.resolved;
			}
			if (known != null) {
				return known;
			}
			String simpleName = MigrationClass.simpleName(this.className);
			long version = version(simpleName);
			HistoryEntry row = (version >= 0) ? lastRows.get(version) : null;
			if (row == null || !row.isApplied() || row.checksum() == null || !this.classHash.equals(row.classHash())
					|| !this.className.equals(row.className())) {
				return null;
			}
			// Applied under this very name: the name is valid and the row holds its
			// description, unless the description was cut to the column's size.
			MigrationName name = (row.description().length() < HistoryTable.DESCRIPTION_LENGTH)
					? new MigrationName(version, row.description(), simpleName)
					: MigrationResolver.name(this.className, simpleName);
			return new ResolvedMigration(name, this.className, NotCreated.INSTANCE, List.of(), row.checksum());
		}

	}

	/**
	 * Return the version in a migration class name ({@code V<digits>_...}) without the
	 * full parse, or -1 if the name does not have that form (the full parse then reports
	 * it).
	 */
	private static long version(String simpleName) {
		int underscore = simpleName.indexOf('_');
		if (underscore < 2 || underscore > 19 || simpleName.charAt(0) != 'V') {
			return -1;
		}
		long version = 0;
		for (int i = 1; i < underscore; i++) {
			char digit = simpleName.charAt(i);
			if (digit < '0' || digit > '9') {
				return -1;
			}
			version = version * 10 + (digit - '0');
		}
		return version;
	}

	/**
	 * Stands for a migration that was not created because the history vouches for it.
	 */
	private static final class NotCreated implements Migration {

		static final NotCreated INSTANCE = new NotCreated();

		@Override
		public void up(Schema schema) {
			throw new IllegalStateException("This migration was not created: its class is unchanged since it was "
					+ "applied, so its operations were not recorded");
		}

	}

}
