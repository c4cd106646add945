package dev.strata.codegen;

import dev.strata.operation.PlannedOperation;
import java.util.List;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.PrimaryKey;
import dev.strata.model.ReferentialAction;
import dev.strata.model.Table;
import dev.strata.model.TypeKind;
import dev.strata.model.UniqueConstraint;
import dev.strata.operation.CreateTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact {@code schema.create} block written for a {@link CreateTable}.
 */
class CreateTableStatementTests {

	private static final Column ID = new Column("id", ColumnType.of(TypeKind.INTEGER), false, null, true);

	private static final Column EMAIL = Column.of("email", ColumnType.varchar(320));

	private static final Column NAME = Column.of("name", ColumnType.varchar(255));

	@Test
	void seedBlogsTable() {
		Table table = new Table("blogs",
				List.of(ID, Column.of("title", ColumnType.varchar(255)),
						Column.of("body", ColumnType.of(TypeKind.TEXT)),
						Column.of("user_id", ColumnType.of(TypeKind.INTEGER).withUnsigned(true)),
						Column.of("created_at", ColumnType.of(TypeKind.TIMESTAMP)).withNullable(true),
						Column.of("updated_at", ColumnType.of(TypeKind.TIMESTAMP)).withNullable(true)),
				new PrimaryKey("blogs_pkey", List.of("id")), List.of(), List.of(),
				List.of(new ForeignKey("blogs_user_id_fkey", List.of("user_id"), "users", List.of("id"),
						ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)),
				List.of());
		assertThat(GeneratedBodies.up(new CreateTable(table))).isEqualTo("""
				schema.create("blogs", (table) -> {
				    table.increments("id");
				    table.string("title");
				    table.text("body");
				    table.integer("user_id").unsigned();
				    table.timestamps();
				    table.foreign("user_id").references("id").on("users");
				});""");
	}

	@Test
	void bigIncrements() {
		Column id = new Column("id", ColumnType.of(TypeKind.BIGINT), false, null, true);
		assertThat(create(table(List.of(id), new PrimaryKey("t_pkey", List.of("id")))))
			.containsExactly("table.bigIncrements(\"id\");");
	}

	@Test
	void emptyTable() {
		assertThat(GeneratedBodies.up(new CreateTable(Table.named("empty"))))
			.isEqualTo("schema.create(\"empty\", (table) -> {\n});");
	}

	@Test
	void singleColumnKeyWithTheConventionalNameIsAColumnModifier() {
		assertThat(create(table(List.of(EMAIL), new PrimaryKey("t_pkey", List.of("email")))))
			.containsExactly("table.string(\"email\", 320).primary();");
	}

	@Test
	void keyWithAnotherNameIsNamedAtTableLevelAndIncrementsIsNotUsed() {
		assertThat(create(table(List.of(ID), new PrimaryKey("pk_t", List.of("id")))))
			.containsExactly("table.integer(\"id\").autoIncrement();", "table.primary(\"id\").name(\"pk_t\");");
	}

	@Test
	void compositeKeyIsATableLevelCall() {
		assertThat(create(table(List.of(EMAIL, NAME), new PrimaryKey("t_pkey", List.of("email", "name")))))
			.containsExactly("table.string(\"email\", 320);", "table.string(\"name\");",
					"table.primary(\"email\", \"name\");");
	}

	@Test
	void conventionalSingleColumnUniqueAndIndexAreColumnModifiers() {
		Table table = table(List.of(EMAIL, NAME), null)
			.withUniqueConstraints(List.of(new UniqueConstraint("t_email_key", List.of("email"))))
			.withIndexes(List.of(new Index("t_email_idx", List.of("email"), false),
					new Index("t_name_idx", List.of("name"), false)));
		assertThat(create(table)).containsExactly("table.string(\"email\", 320).unique().index();",
				"table.string(\"name\").index();");
	}

	@Test
	void namedMultiColumnAndUniqueIndexesAreTableLevelCalls() {
		Table table = table(List.of(EMAIL, NAME), null)
			.withUniqueConstraints(List.of(new UniqueConstraint("uk_email", List.of("email")),
					new UniqueConstraint("t_email_name_key", List.of("email", "name"))))
			.withIndexes(List.of(new Index("t_name_idx", List.of("name"), true),
					new Index("ix_both", List.of("name", "email"), false)));
		assertThat(create(table)).containsExactly("table.string(\"email\", 320);", "table.string(\"name\");",
				"table.unique(\"email\").name(\"uk_email\");", "table.unique(\"email\", \"name\");",
				"table.uniqueIndex(\"name\");", "table.index(\"name\", \"email\").name(\"ix_both\");");
	}

	@Test
	void uniqueConstraintsAfterATableLevelOneStayTableLevelToKeepTheirOrder() {
		Table table = table(List.of(EMAIL, NAME), null)
			.withUniqueConstraints(List.of(new UniqueConstraint("t_email_name_key", List.of("email", "name")),
					new UniqueConstraint("t_email_key", List.of("email"))));
		assertThat(create(table)).containsExactly("table.string(\"email\", 320);", "table.string(\"name\");",
				"table.unique(\"email\", \"name\");", "table.unique(\"email\");");
	}

	@Test
	void foreignKeyWithActionsAndName() {
		Table table = table(List.of(ID), null).withForeignKeys(List.of(new ForeignKey("fk_parent", List.of("id"),
				"parents", List.of("child_id"), ReferentialAction.CASCADE, ReferentialAction.SET_NULL)));
		assertThat(create(table)).containsExactly("table.integer(\"id\").autoIncrement();",
				"table.foreign(\"id\").references(\"child_id\").on(\"parents\").onDelete(\"cascade\")"
						+ ".onUpdate(\"set null\").name(\"fk_parent\");");
	}

	@Test
	void unnamedTableChecksTakeTheConventionalNameAndOthersKeepTheirName() {
		Table table = table(List.of(NAME), null).withChecks(List.of(new CheckConstraint("t_check", "a > 0", null),
				new CheckConstraint("positive_b", "b > 0", null), new CheckConstraint("t_check1", "c > 0", null),
				new CheckConstraint("t_check1", "d > 0", null)));
		assertThat(create(table)).containsExactly("table.string(\"name\");", "table.check(\"a > 0\");",
				"table.check(\"b > 0\").name(\"positive_b\");", "table.check(\"c > 0\").name(\"t_check1\");",
				"table.check(\"d > 0\").name(\"t_check1\");");
	}

	@Test
	void columnCheckIsAModifierAndAPrecedingTableCheckIsWrittenBeforeItsColumn() {
		Table table = table(List.of(EMAIL, NAME), null)
			.withChecks(List.of(new CheckConstraint("t_check", "email <> name", null),
					new CheckConstraint("t_name_check", "length(name) > 1", "name")));
		assertThat(create(table)).containsExactly("table.string(\"email\", 320);", "table.check(\"email <> name\");",
				"table.string(\"name\").check(\"length(name) > 1\");");
	}

	@Test
	void columnCheckWithAnotherNameBecomesATableCheck() {
		Table table = table(List.of(NAME), null)
			.withChecks(List.of(new CheckConstraint("name_not_empty", "name <> ''", "name")));
		assertThat(create(table)).containsExactly("table.string(\"name\");",
				"table.check(\"name <> ''\").name(\"name_not_empty\");");
	}

	@Test
	void timestampsAreNotFoldedWhenTheyCarryModifiers() {
		Column created = Column.of("created_at", ColumnType.of(TypeKind.TIMESTAMP)).withNullable(true);
		Column updated = created.withName("updated_at");
		Table table = table(List.of(created, updated), null)
			.withIndexes(List.of(new Index("t_updated_at_idx", List.of("updated_at"), false)));
		assertThat(create(table)).containsExactly("table.timestamp(\"created_at\").nullable();",
				"table.timestamp(\"updated_at\").nullable().index();");
	}

	@Test
	void warningsOfTheOperationGoAboveTheBlock() {
		PlannedOperation planned = new PlannedOperation(new CreateTable(table(List.of(NAME), null)),
				List.of("Table [t] is new", "two\n\nlines  ", "\nthree"));
		assertThat(GeneratedBodies.up(List.of(planned))).isEqualTo("""
				// WARNING: Table [t] is new
				// WARNING: two
				//
				// lines
				// WARNING:
				// three
				schema.create("t", (table) -> {
				    table.string("name");
				});""");
	}

	private static Table table(List<Column> columns, PrimaryKey key) {
		return Table.named("t").withColumns(columns).withPrimaryKey(key);
	}

	/**
	 * Return the lines inside the block, without their indentation.
	 */
	private static List<String> create(Table table) {
		List<String> lines = List.of(GeneratedBodies.up(new CreateTable(table)).split("\n"));
		assertThat(lines.get(0)).isEqualTo("schema.create(\"" + table.name() + "\", (table) -> {");
		assertThat(lines.get(lines.size() - 1)).isEqualTo("});");
		return lines.subList(1, lines.size() - 1).stream().map(String::strip).toList();
	}

}
