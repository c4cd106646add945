package dev.strata.diff;

import java.util.List;
import java.util.function.Consumer;

import dev.strata.dialect.postgresql.PostgresDialect;
import dev.strata.migration.Schema;
import dev.strata.model.CheckConstraint;
import dev.strata.model.ColumnType;
import dev.strata.model.SchemaSnapshot;
import dev.strata.model.Table;
import dev.strata.model.TypeKind;
import dev.strata.operation.AddColumn;
import dev.strata.operation.AlterColumn;
import dev.strata.operation.AlterSequence;
import dev.strata.operation.CreateTable;
import dev.strata.operation.OperationDescriber;
import dev.strata.operation.RenameColumn;
import dev.strata.operation.RenameConstraint;
import dev.strata.operation.SchemaOperation;
import dev.strata.operation.SnapshotProjector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaDifferTests {

	private final SchemaDiffer differ = new SchemaDiffer(new PostgresDialect());

	private static final Consumer<Schema> USERS = (schema) -> schema.create("users", (table) -> {
		table.bigIncrements("id");
		table.string("email").unique();
		table.string("name").nullable();
		table.enumeration("status", "ACTIVE", "BLOCKED");
	});

	private static SchemaSnapshot schema(Consumer<Schema> migration) {
		Schema schema = new Schema();
		migration.accept(schema);
		return SnapshotProjector.applyAll(SchemaSnapshot.empty(), schema.operations());
	}

	private SchemaDiff diff(Consumer<Schema> actual, Consumer<Schema> expected) {
		return diff(actual, expected, Renames.none());
	}

	/**
	 * Diff, and prove the operations take the actual schema exactly to the expected one.
	 */
	private SchemaDiff diff(Consumer<Schema> actual, Consumer<Schema> expected, Renames renames) {
		SchemaSnapshot from = schema(actual);
		SchemaSnapshot to = schema(expected);
		SchemaDiff diff = this.differ.diff(from, to, renames);
		SchemaSnapshot migrated = SnapshotProjector.applyAll(from, diff.operationList());
		assertThat(this.differ.diff(migrated, to).differences()).as(() -> plan(diff)).isEmpty();
		assertThat(this.differ.diff(from, to, renames)).as("deterministic").isEqualTo(diff);
		return diff;
	}

	private static String plan(SchemaDiff diff) {
		return "plan:\n" + String.join("\n", diff.operationList().stream().map(OperationDescriber::describe).toList());
	}

	private static List<String> types(SchemaDiff diff) {
		return diff.operationList().stream().map((operation) -> operation.getClass().getSimpleName()).toList();
	}

	@Test
	void identicalSchemasHaveNoDifference() {
		SchemaDiff diff = diff(USERS, USERS);
		assertThat(diff.isEmpty()).isTrue();
	}

	@Test
	void addedNullableColumnIsAddedWithoutWarning() {
		SchemaDiff diff = diff(USERS,
				USERS.andThen((schema) -> schema.table("users", (table) -> table.string("nickname", 40).nullable())));
		assertThat(types(diff)).containsExactly("AddColumn");
		assertThat(diff.operations().get(0).warnings()).isEmpty();
		assertThat(diff.differences()).singleElement().satisfies((difference) -> {
			assertThat(difference.kind()).isEqualTo(DifferenceKind.MISSING_COLUMN);
			assertThat(difference.table()).isEqualTo("users");
			assertThat(difference.column()).isEqualTo("nickname");
			assertThat(difference.message()).isEqualTo("Column [users.nickname] is missing");
		});
	}

	@Test
	void addedNotNullColumnWithoutDefaultWarns() {
		SchemaDiff diff = diff(USERS,
				USERS.andThen((schema) -> schema.table("users", (table) -> table.integer("age"))));
		assertThat(diff.operations().get(0).warnings()).singleElement()
			.asString()
			.startsWith("Adds NOT NULL column [users.age] without a default: fails if table [users] has rows");
	}

	@Test
	void droppedColumnWarnsAboutDataAndPossibleRename() {
		SchemaDiff diff = diff(USERS, USERS.andThen((schema) -> schema.table("users", (table) -> {
			table.string("full_name").nullable();
			table.dropColumn("name");
		})));
		assertThat(types(diff)).containsExactly("AddColumn", "DropColumn");
		assertThat(diff.operations().get(1).warnings())
			.containsExactly("Drops column [users.name] and the data in it.");
		assertThat(diff.warnings()).containsExactly("Column [users.name] is dropped and [users.full_name] added with "
				+ "the same type: if this is a rename, confirm it (renames=users.name:full_name) to keep the data.");
	}

	@Test
	void confirmedRenameRenamesInsteadOfDropping() {
		SchemaDiff diff = diff(USERS, USERS.andThen((schema) -> schema.table("users", (table) -> {
			table.string("full_name").nullable();
			table.dropColumn("name");
		})), Renames.parse("users.name:full_name"));
		assertThat(diff.operationList()).containsExactly(new RenameColumn("users", "name", "full_name"));
		assertThat(diff.warnings()).isEmpty();
	}

	@Test
	void droppedTablesGoFirstWhenANewTableReusesTheirConstraintNames() {
		Consumer<Schema> invoices = (schema) -> schema.create("invoices", (table) -> {
			table.bigIncrements("id");
			table.string("number");
			table.unique("number").name("uk_invoice_number");
		});
		SchemaDiff diff = diff(invoices, (schema) -> schema.create("bills", (table) -> {
			table.bigIncrements("id");
			table.string("number");
			table.unique("number").name("uk_invoice_number");
		}));
		assertThat(types(diff)).containsExactly("DropTable", "CreateTable");
		assertThat(diff.warnings()).singleElement().asString().startsWith("Table [invoices] is dropped and [bills]");
	}

	@Test
	void droppedTablesGoLastOtherwiseSoThatDataCanBeMovedBetween() {
		SchemaDiff diff = diff(USERS, (schema) -> schema.create("members", (table) -> {
			table.bigIncrements("id");
			table.string("email").nullable();
		}));
		assertThat(types(diff)).containsExactly("CreateTable", "DropTable");
	}

	@Test
	void confirmedTableRenameRenamesTheTable() {
		SchemaDiff diff = diff(USERS, (schema) -> schema.create("members", (table) -> {
			table.bigIncrements("id").primary();
			table.string("email").unique();
			table.string("name").nullable();
			table.enumeration("status", "ACTIVE", "BLOCKED");
		}), Renames.parse("users:members"));
		assertThat(types(diff)).startsWith("RenameTable");
	}

	@Test
	void widenedColumnIsChangedWithoutWarningAndNarrowedOneWarns() {
		SchemaDiff widened = diff(USERS,
				USERS.andThen((schema) -> schema.table("users", (table) -> table.string("email", 320).change())));
		assertThat(widened.operationList())
			.containsExactly(new AlterColumn("users", dev.strata.model.Column.of("email", ColumnType.varchar(320))));
		assertThat(widened.operations().get(0).warnings()).isEmpty();
		SchemaDiff narrowed = diff(USERS,
				USERS.andThen((schema) -> schema.table("users", (table) -> table.string("email", 100).change())));
		assertThat(narrowed.operations().get(0).warnings()).singleElement()
			.asString()
			.startsWith("Narrows column [users.email] from varchar(255) to varchar(100)");
		assertThat(narrowed.differences()).extracting(Difference::message)
			.containsExactly("Column [users.email] has type varchar(255), expected varchar(100)");
	}

	@Test
	void enumerationChangesAreDetectedAndRemovedValuesWarn() {
		SchemaDiff diff = diff(USERS, USERS.andThen((schema) -> schema.table("users",
				(table) -> table.enumeration("status", "ACTIVE", "DELETED").change())));
		assertThat(types(diff)).containsExactly("AlterColumn");
		assertThat(diff.operations().get(0).warnings()).singleElement()
			.asString()
			.startsWith("Removes values [BLOCKED] from column [users.status]");
		assertThat(diff.differences()).extracting(Difference::message)
			.containsExactly("Column [users.status] has type varchar(255) allowing only [ACTIVE, BLOCKED], expected "
					+ "varchar(255) allowing only [ACTIVE, DELETED]");
	}

	@Test
	void anEnumerationWhoseCheckIsGoneSaysSo() {
		SchemaDiff diff = diff(
				USERS.andThen((schema) -> schema.table("users", (table) -> table.string("status", 255).change())),
				USERS);
		assertThat(diff.differences()).extracting(Difference::message)
			.containsExactly("Column [users.status] has type varchar(255) allowing any value, expected varchar(255) "
					+ "allowing only [ACTIVE, BLOCKED]");
	}

	@Test
	void aLargeObjectTurnedIntoTextWarnsThatPostgresqlLosesItsContents() {
		Consumer<Schema> documents = (schema) -> schema.create("documents", (table) -> {
			table.bigIncrements("id");
			table.clob("body").nullable();
		});
		SchemaDiff diff = diff(documents, documents
			.andThen((schema) -> schema.table("documents", (table) -> table.string("body", 4000).nullable().change())));
		assertThat(diff.operations().get(0).warnings()).singleElement()
			.asString()
			.startsWith("Changes the type of column [documents.body] from oid to varchar(4000): PostgreSQL stores a "
					+ "@Lob in a large object")
			.contains("lo_get");
	}

	@Test
	void aConfirmedTableRenameTakesTheTablesSequenceAlongWithItsValue() {
		Consumer<Schema> before = (schema) -> {
			schema.create("wishlist_entries", (table) -> table.bigInteger("id").primary());
			schema.createSequence("wishlist_entries_seq", (sequence) -> sequence.incrementBy(50));
		};
		Consumer<Schema> after = (schema) -> {
			schema.create("wishlist_items", (table) -> table.bigInteger("id").primary());
			schema.createSequence("wishlist_items_seq", (sequence) -> sequence.incrementBy(50));
		};
		SchemaDiff confirmed = diff(before, after, Renames.parse("wishlist_entries:wishlist_items"));
		assertThat(types(confirmed)).containsExactly("RenameTable", "RenameSequence");
		SchemaDiff unconfirmed = diff(before, after);
		assertThat(unconfirmed.warnings()).anySatisfy((warning) -> assertThat(warning)
			.startsWith("Sequence [wishlist_entries_seq] is dropped and [wishlist_items_seq] created with the same "
					+ "increment: the new one starts again at 1."));
	}

	@Test
	void aChangedIncrementAltersTheSequenceInsteadOfRecreatingIt() {
		SchemaDiff diff = diff((schema) -> schema.createSequence("person_seq", (sequence) -> sequence.incrementBy(5)),
				(schema) -> schema.createSequence("person_seq", (sequence) -> sequence.incrementBy(10)));
		assertThat(diff.operationList()).containsExactly(new AlterSequence("person_seq", 10));
		assertThat(diff.warnings()).isEmpty();
		assertThat(diff.differences()).extracting(Difference::message)
			.containsExactly("Sequence [person_seq] starts with 1 and increments by 5, expected start with 1 and "
					+ "increment by 10");
	}

	@Test
	void aForeignKeyWhoseChosenNameChangedIsOneDifferenceAndIsRecreatedUnderItsName() {
		Consumer<Schema> posts = (schema) -> schema.create("posts", (table) -> {
			table.bigIncrements("id");
			table.bigInteger("user_id");
		});
		SchemaDiff diff = diff(
				USERS.andThen(posts)
					.andThen((schema) -> schema.table("posts", (
							table) -> table.foreign("user_id").references("id").on("users").name("fk_renamed_by_dba"))),
				USERS.andThen(posts)
					.andThen((schema) -> schema.table("posts",
							(table) -> table.foreign("user_id").references("id").on("users").name("fk_post_author"))));
		assertThat(diff.differences()).extracting(Difference::message)
			.containsExactly("Constraint or index [fk_renamed_by_dba] of table [posts] is expected to be named "
					+ "[fk_post_author]");
		assertThat(types(diff)).containsExactly("DropForeignKey", "AddForeignKey");
	}

	@Test
	void aHibernateHashedNameThatChangedAfterARenameIsRenamedWithoutADifference() {
		Consumer<Schema> posts = (schema) -> schema.create("posts", (table) -> {
			table.bigIncrements("id");
			table.bigInteger("user_id");
		});
		SchemaDiff diff = diff(
				USERS.andThen(posts)
					.andThen((schema) -> schema.table("posts",
							(table) -> table.foreign("user_id")
								.references("id")
								.on("users")
								.name("fk4sm0k8kw740iyuex3vwwv1etu"))),
				USERS.andThen(posts)
					.andThen((schema) -> schema.table("posts",
							(table) -> table.foreign("user_id")
								.references("id")
								.on("users")
								.name("fkj2k1huyue1l6mcrsa7rnp2d3v"))));
		assertThat(diff.differences()).isEmpty();
		assertThat(diff.operationList()).containsExactly(
				new RenameConstraint("posts", "fk4sm0k8kw740iyuex3vwwv1etu", "fkj2k1huyue1l6mcrsa7rnp2d3v"));
	}

	@Test
	void hibernateHashedNamesMatchAnyNameButNamesChosenLikeThemDoNot() {
		assertThat(GeneratedNames.chosen("fk4sm0k8kw740iyuex3vwwv1etu", "posts_user_id_fkey")).isFalse();
		assertThat(GeneratedNames.chosen("UKt39a48ahn3tp05b0d1aee8584", "posts_user_id_key")).isFalse();
		assertThat(GeneratedNames.chosen("fkOrderCustomerReference", "orders_customer_id_fkey")).isTrue();
		assertThat(GeneratedNames.chosen("fk_order_customer", "orders_customer_id_fkey")).isTrue();
	}

	@Test
	void anIdentityColumnMadePlainWarnsAboutTheSequenceThatTakesOver() {
		SchemaDiff diff = diff(USERS,
				USERS.andThen((schema) -> schema.table("users", (table) -> table.bigInteger("id").change())));
		assertThat(diff.operations().get(0).warnings()).singleElement()
			.asString()
			.startsWith("Makes column [users.id] a plain column: the ids it generated stay. If a sequence generates "
					+ "them from now on, move it past the largest id plus its increment");
	}

	@Test
	void enumerationValueOrderDoesNotCount() {
		SchemaDiff diff = diff(USERS, (schema) -> schema.create("users", (table) -> {
			table.bigIncrements("id");
			table.string("email").unique();
			table.string("name").nullable();
			table.enumeration("status", "BLOCKED", "ACTIVE");
		}));
		assertThat(diff.isEmpty()).isTrue();
	}

	@Test
	void newTablesAreCreatedBeforeTheTablesReferencingThem() {
		SchemaDiff diff = diff((schema) -> {
		}, USERS.andThen((schema) -> {
			schema.create("b_posts", (table) -> {
				table.bigIncrements("id");
				table.bigInteger("author_id");
				table.foreign("author_id").references("id").on("users");
			});
			schema.create("a_comments", (table) -> {
				table.bigIncrements("id");
				table.bigInteger("post_id");
				table.foreign("post_id").references("id").on("b_posts");
			});
		}));
		assertThat(diff.operationList()).extracting((operation) -> ((CreateTable) operation).table().name())
			.containsExactly("users", "b_posts", "a_comments");
	}

	@Test
	void cyclicForeignKeysAreAddedAfterTheTables() {
		SchemaDiff diff = diff((schema) -> {
		}, (schema) -> {
			schema.create("a", (table) -> {
				table.increments("id");
				table.integer("b_id").nullable();
			});
			schema.create("b", (table) -> {
				table.increments("id");
				table.integer("a_id").nullable();
				table.foreign("a_id").references("id").on("a");
			});
			schema.table("a", (table) -> table.foreign("b_id").references("id").on("b"));
		});
		assertThat(types(diff)).containsExactly("CreateTable", "CreateTable", "AddForeignKey");
	}

	@Test
	void droppedTablesGoAfterTheTablesThatReferenceThem() {
		SchemaDiff diff = diff(USERS.andThen((schema) -> schema.create("posts", (table) -> {
			table.bigIncrements("id");
			table.bigInteger("author_id");
			table.foreign("author_id").references("id").on("users");
		})), (schema) -> {
		});
		assertThat(diff.operationList()).extracting(OperationDescriber::describe)
			.containsExactly("drop table posts", "drop table users");
		assertThat(diff.operations()).allSatisfy((operation) -> assertThat(operation.warnings()).isNotEmpty());
	}

	@Test
	void foreignKeyActionChangeReplacesTheKey() {
		Consumer<Schema> posts = (schema) -> schema.create("posts", (table) -> {
			table.bigIncrements("id");
			table.bigInteger("author_id");
			table.foreign("author_id").references("id").on("users");
		});
		SchemaDiff diff = diff(USERS.andThen(posts), USERS.andThen((schema) -> schema.create("posts", (table) -> {
			table.bigIncrements("id");
			table.bigInteger("author_id");
			table.foreign("author_id").references("id").on("users").cascadeOnDelete();
		})));
		assertThat(types(diff)).containsExactly("DropForeignKey", "AddForeignKey");
		assertThat(diff.differences()).extracting(Difference::kind).containsExactly(DifferenceKind.FOREIGN_KEY);
	}

	@Test
	void generatedNamesDoNotCountButChosenOnesDo() {
		SchemaSnapshot actual = schema(USERS);
		Table users = actual.table("users").orElseThrow();
		SchemaSnapshot hibernateNamed = actual.withTable(users.withUniqueConstraints(
				List.of(new dev.strata.model.UniqueConstraint("UKr43af9ap4edm43mmtq01oddj6", List.of("email")))));
		assertThat(this.differ.diff(actual, hibernateNamed).isEmpty()).isTrue();
		SchemaSnapshot chosen = actual.withTable(users.withUniqueConstraints(
				List.of(new dev.strata.model.UniqueConstraint("users_email_unique", List.of("email")))));
		assertThat(this.differ.diff(actual, chosen).differences()).extracting(Difference::kind)
			.containsExactly(DifferenceKind.CONSTRAINT_NAME);
	}

	@Test
	void checksAreComparedAsTheDatabaseReportsThem() {
		SchemaSnapshot written = schema(USERS.andThen((schema) -> schema.table("users", (table) -> {
			table.smallInteger("level").check("level between 0 and 2");
			table.check("name in ('a', 'b') and level >= 0");
		})));
		Table users = written.table("users").orElseThrow();
		SchemaSnapshot reported = written.withTable(users
			.withChecks(List.of(new CheckConstraint("users_level_check", "((level >= 0) AND (level <= 2))", "level"),
					new CheckConstraint("users_check", "((((name)::text = ANY ((ARRAY['a'::character varying, "
							+ "'b'::character varying])::text[])) AND (level >= 0)))", null))));
		assertThat(this.differ.diff(reported, written).differences()).isEmpty();
	}

	@Test
	void missingSequenceIsCreatedAndChangedOneIsAltered() {
		SchemaDiff diff = diff(USERS,
				USERS.andThen((schema) -> schema.createSequence("users_seq", (sequence) -> sequence.incrementBy(50))));
		assertThat(types(diff)).containsExactly("CreateSequence");
		SchemaSnapshot actual = schema(USERS.andThen((schema) -> schema.createSequence("users_seq")));
		SchemaSnapshot expected = schema(
				USERS.andThen((schema) -> schema.createSequence("users_seq", (sequence) -> sequence.incrementBy(50))));
		SchemaDiff changed = this.differ.diff(actual, expected);
		assertThat(changed.differences()).extracting(Difference::kind).containsExactly(DifferenceKind.SEQUENCE);
		assertThat(changed.operationList()).containsExactly(new AlterSequence("users_seq", 50));
	}

	@Test
	void unnamedExpectedConstraintsGetTheNamesMigrationsGive() {
		SchemaSnapshot expected = SchemaSnapshot.of(List.of(new Table("tags",
				List.of(dev.strata.model.Column.of("name", ColumnType.of(TypeKind.TEXT)),
						dev.strata.model.Column.of("level", ColumnType.of(TypeKind.SMALLINT))),
				new dev.strata.model.PrimaryKey(null, List.of("name")), List.of(), List.of(), List.of(),
				List.of(new CheckConstraint(null, "level between 0 and 2", "level")))), List.of());
		SchemaDiff diff = this.differ.diff(SchemaSnapshot.empty(), expected);
		Table created = ((CreateTable) diff.operationList().get(0)).table();
		assertThat(created.primaryKey().name()).isEqualTo("tags_pkey");
		assertThat(created.checks().get(0).name()).isEqualTo("tags_level_check");
	}

	@Test
	void addColumnOperationsFollowTheExpectedColumnOrder() {
		SchemaDiff diff = diff(USERS, USERS.andThen((schema) -> schema.table("users", (table) -> {
			table.string("zeta").nullable();
			table.string("alpha").nullable();
		})));
		assertThat(diff.operationList())
			.extracting((SchemaOperation operation) -> ((AddColumn) operation).column().name())
			.containsExactly("zeta", "alpha");
	}

}
