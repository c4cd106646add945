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
import dev.strata.model.TypeKind;
import dev.strata.model.UniqueConstraint;
import dev.strata.operation.AddCheck;
import dev.strata.operation.AddColumn;
import dev.strata.operation.AddForeignKey;
import dev.strata.operation.AddIndex;
import dev.strata.operation.AddPrimaryKey;
import dev.strata.operation.AddUniqueConstraint;
import dev.strata.operation.AlterColumn;
import dev.strata.operation.ConstraintSelector;
import dev.strata.operation.DropCheck;
import dev.strata.operation.DropColumn;
import dev.strata.operation.DropForeignKey;
import dev.strata.operation.DropIndex;
import dev.strata.operation.DropPrimaryKey;
import dev.strata.operation.DropTable;
import dev.strata.operation.DropUniqueConstraint;
import dev.strata.operation.RenameColumn;
import dev.strata.operation.SchemaOperation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact {@code schema.table} block written for operations on an existing table.
 */
class AlterTableStatementTests {

	private static final Column NICKNAME = Column.of("nickname", ColumnType.varchar(40)).withNullable(true);

	@Test
	void addColumn() {
		assertThat(GeneratedBodies.up(new AddColumn("users", NICKNAME))).isEqualTo("""
				schema.table("users", (table) -> {
				    table.string("nickname", 40).nullable();
				});""");
	}

	@Test
	void alterColumn() {
		assertThat(alter(new AlterColumn("users", NICKNAME)))
			.containsExactly("table.string(\"nickname\", 40).nullable().change();");
	}

	@Test
	void theDslsOwnOperationsForColumnModifiersFoldIntoTheColumnCall() {
		assertThat(alter(new AddColumn("users", NICKNAME),
				new AddPrimaryKey("users", new PrimaryKey("users_pkey", List.of("nickname"))),
				new AddUniqueConstraint("users", new UniqueConstraint("users_nickname_key", List.of("nickname"))),
				new AddIndex("users", new Index("users_nickname_idx", List.of("nickname"), false)),
				new AddCheck("users", new CheckConstraint("users_nickname_check", "nickname <> ''", "nickname"))))
			.containsExactly("table.string(\"nickname\", 40).nullable().primary().unique().index()"
					+ ".check(\"nickname <> ''\");");
	}

	@Test
	void incrementsAddsAColumnAndItsKey() {
		assertThat(alter(new AddColumn("users", new Column("id", ColumnType.of(TypeKind.INTEGER), false, null, true)),
				new AddPrimaryKey("users", new PrimaryKey("users_pkey", List.of("id")))))
			.containsExactly("table.increments(\"id\");");
	}

	@Test
	void alteredColumnFoldsItsUniqueConstraintToo() {
		assertThat(alter(new AlterColumn("users", NICKNAME),
				new AddUniqueConstraint("users", new UniqueConstraint("users_nickname_key", List.of("nickname")))))
			.containsExactly("table.string(\"nickname\", 40).nullable().unique().change();");
	}

	@Test
	void operationsForAnotherColumnOrWithOtherNamesDoNotFold() {
		assertThat(alter(new AddColumn("users", NICKNAME),
				new AddUniqueConstraint("users", new UniqueConstraint("uk_nickname", List.of("nickname"))),
				new AddIndex("users", new Index("users_email_idx", List.of("email"), false))))
			.containsExactly("table.string(\"nickname\", 40).nullable();",
					"table.unique(\"nickname\").name(\"uk_nickname\");", "table.index(\"email\");");
	}

	@Test
	void timestampsAndDropTimestamps() {
		Column created = Column.of("created_at", ColumnType.of(TypeKind.TIMESTAMP)).withNullable(true);
		assertThat(alter(new AddColumn("users", created), new AddColumn("users", created.withName("updated_at")),
				new DropColumn("users", "created_at"), new DropColumn("users", "updated_at")))
			.containsExactly("table.timestamps();", "table.dropTimestamps();");
	}

	@Test
	void consecutiveDropColumnsAreOneCall() {
		assertThat(alter(new DropColumn("users", "a"), new DropColumn("users", "b"),
				new RenameColumn("users", "c", "d"), new DropColumn("users", "e")))
			.containsExactly("table.dropColumn(\"a\", \"b\");", "table.renameColumn(\"c\", \"d\");",
					"table.dropColumn(\"e\");");
	}

	@Test
	void primaryKeys() {
		assertThat(alter(new DropPrimaryKey("users"),
				new AddPrimaryKey("users", new PrimaryKey("users_pkey", List.of("a", "b"))),
				new AddPrimaryKey("users", new PrimaryKey("pk_users", List.of("a")))))
			.containsExactly("table.dropPrimary();", "table.primary(\"a\", \"b\");",
					"table.primary(\"a\").name(\"pk_users\");");
	}

	@Test
	void uniqueConstraints() {
		assertThat(alter(new AddUniqueConstraint("users", new UniqueConstraint("users_a_b_key", List.of("a", "b"))),
				new DropUniqueConstraint("users", ConstraintSelector.named("uk_old")),
				new DropUniqueConstraint("users", new ConstraintSelector(List.of("a", "b")))))
			.containsExactly("table.unique(\"a\", \"b\");", "table.dropUnique(\"uk_old\");",
					"table.dropUnique(\"a\", \"b\");");
	}

	@Test
	void indexes() {
		assertThat(alter(new AddIndex("users", new Index("users_a_idx", List.of("a"), true)),
				new AddIndex("users", new Index("ix_ab", List.of("a", "b"), false)),
				new DropIndex("users", ConstraintSelector.named("ix_old"))))
			.containsExactly("table.uniqueIndex(\"a\");", "table.index(\"a\", \"b\").name(\"ix_ab\");",
					"table.dropIndex(\"ix_old\");");
	}

	@Test
	void foreignKeys() {
		assertThat(alter(
				new AddForeignKey("posts",
						new ForeignKey("posts_author_id_fkey", List.of("author_id"), "users", List.of("id"),
								ReferentialAction.SET_DEFAULT, ReferentialAction.RESTRICT)),
				new DropForeignKey("posts", new ConstraintSelector(List.of("editor_id")))))
			.containsExactly("table.foreign(\"author_id\").references(\"id\").on(\"users\").onDelete(\"set default\")"
					+ ".onUpdate(\"restrict\");", "table.dropForeign(\"editor_id\");");
	}

	@Test
	void checks() {
		assertThat(alter(new AddCheck("users", new CheckConstraint("users_check", "a > 0", null)),
				new AddCheck("users", new CheckConstraint("users_check", "b > 0", null)),
				new DropCheck("users", "users_check")))
			.containsExactly("table.check(\"a > 0\").name(\"users_check\");",
					"table.check(\"b > 0\").name(\"users_check\");", "table.dropCheck(\"users_check\");");
	}

	@Test
	void columnCheckOnAnExistingColumnBecomesATableCheck() {
		assertThat(alter(new AddCheck("users", new CheckConstraint("users_age_check", "age > 0", "age"))))
			.containsExactly("table.check(\"age > 0\");");
	}

	@Test
	void consecutiveOperationsOnOneTableShareABlockAndOthersOpenANewOne() {
		assertThat(GeneratedBodies.up(new DropColumn("a", "x"), new RenameColumn("a", "y", "z"),
				new DropColumn("b", "x"), new DropTable("c", false), new DropColumn("a", "w")))
			.isEqualTo("""
					schema.table("a", (table) -> {
					    table.dropColumn("x");
					    table.renameColumn("y", "z");
					});
					schema.table("b", (table) -> {
					    table.dropColumn("x");
					});
					schema.drop("c");
					schema.table("a", (table) -> {
					    table.dropColumn("w");
					});""");
	}

	@Test
	void warningsOfFoldedOperationsGoAboveTheColumnCall() {
		assertThat(GeneratedBodies.up(List.of(new PlannedOperation(new AddColumn("users", NICKNAME), List.of("one")),
				new PlannedOperation(new AddUniqueConstraint("users",
						new UniqueConstraint("users_nickname_key", List.of("nickname"))), List.of("two")))))
			.isEqualTo("""
					schema.table("users", (table) -> {
					    // WARNING: one
					    // WARNING: two
					    table.string("nickname", 40).nullable().unique();
					});""");
	}

	private static List<String> alter(SchemaOperation... operations) {
		List<String> lines = List.of(GeneratedBodies.up(operations).split("\n"));
		assertThat(lines.get(0)).startsWith("schema.table(");
		assertThat(lines.get(lines.size() - 1)).isEqualTo("});");
		return lines.subList(1, lines.size() - 1).stream().map(String::strip).toList();
	}

}
