package dev.strata.migration;

import java.util.List;

import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.ForeignKey;
import dev.strata.model.PrimaryKey;
import dev.strata.model.ReferentialAction;
import dev.strata.model.Table;
import dev.strata.model.TypeKind;
import dev.strata.operation.AddColumn;
import dev.strata.operation.AddIndex;
import dev.strata.operation.AddUniqueConstraint;
import dev.strata.operation.AlterColumn;
import dev.strata.operation.CreateTable;
import dev.strata.operation.DropColumn;
import dev.strata.operation.InvalidOperationException;
import dev.strata.operation.RenameColumn;
import dev.strata.operation.SchemaOperation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SchemaTests {

	@Test
	void seedBlogsMigrationRecordsOneCreateTable() {
		Schema schema = new Schema();
		schema.create("blogs", (table) -> {
			table.increments("id");
			table.string("title");
			table.text("body");
			table.integer("active");
			table.integer("user_id").unsigned();
			table.foreign("user_id").references("id").on("users");
			table.timestamps();
		});
		List<SchemaOperation> operations = schema.operations();
		assertThat(operations).hasSize(1);
		Table table = ((CreateTable) operations.get(0)).table();
		assertThat(table.columns()).containsExactly(
				new Column("id", ColumnType.of(TypeKind.INTEGER), false, null, true),
				Column.of("title", ColumnType.varchar(255)), Column.of("body", ColumnType.of(TypeKind.TEXT)),
				Column.of("active", ColumnType.of(TypeKind.INTEGER)),
				Column.of("user_id", ColumnType.of(TypeKind.INTEGER).withUnsigned(true)),
				Column.of("created_at", ColumnType.of(TypeKind.TIMESTAMP)).withNullable(true),
				Column.of("updated_at", ColumnType.of(TypeKind.TIMESTAMP)).withNullable(true));
		assertThat(table.primaryKey()).isEqualTo(new PrimaryKey("blogs_pkey", List.of("id")));
		assertThat(table.foreignKeys()).containsExactly(new ForeignKey("blogs_user_id_fkey", List.of("user_id"),
				"users", List.of("id"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION));
	}

	@Test
	void alterBlockRecordsOneOperationPerChangeInOrder() {
		Schema schema = new Schema();
		schema.table("users", (table) -> {
			table.string("nickname", 40).nullable().unique();
			table.string("email", 320).change();
			table.renameColumn("name", "full_name");
			table.index("full_name");
			table.dropColumn("legacy");
		});
		assertThat(schema.operations()).extracting((operation) -> operation.getClass().getSimpleName())
			.containsExactly("AddColumn", "AddUniqueConstraint", "AlterColumn", "RenameColumn", "AddIndex",
					"DropColumn");
		assertThat(schema.operations().get(0))
			.isEqualTo(new AddColumn("users", Column.of("nickname", ColumnType.varchar(40)).withNullable(true)));
		assertThat(((AddUniqueConstraint) schema.operations().get(1)).constraint().name())
			.isEqualTo("users_nickname_key");
		assertThat(schema.operations().get(2))
			.isEqualTo(new AlterColumn("users", Column.of("email", ColumnType.varchar(320))));
		assertThat(schema.operations().get(3)).isEqualTo(new RenameColumn("users", "name", "full_name"));
		assertThat(((AddIndex) schema.operations().get(4)).index().name()).isEqualTo("users_full_name_idx");
		assertThat(schema.operations().get(5)).isEqualTo(new DropColumn("users", "legacy"));
	}

	@Test
	void explicitNamesWin() {
		Schema schema = new Schema();
		schema.create("orders", (table) -> {
			table.bigInteger("id");
			table.bigInteger("customer_id");
			table.primary("id").name("orders_pk");
			table.unique("customer_id").name("orders_customer_uk");
			table.foreign("customer_id").references("id").on("customers").name("orders_customer_fk").cascadeOnDelete();
			table.check("id > 0").name("orders_id_positive");
		});
		Table table = ((CreateTable) schema.operations().get(0)).table();
		assertThat(table.primaryKey().name()).isEqualTo("orders_pk");
		assertThat(table.uniqueConstraints().get(0).name()).isEqualTo("orders_customer_uk");
		assertThat(table.foreignKeys().get(0).name()).isEqualTo("orders_customer_fk");
		assertThat(table.foreignKeys().get(0).onDelete()).isEqualTo(ReferentialAction.CASCADE);
		assertThat(table.checks().get(0).name()).isEqualTo("orders_id_positive");
	}

	@Test
	void foreignKeyWithoutTableIsAnErrorNamingTableAndColumn() {
		Schema schema = new Schema();
		assertThatExceptionOfType(InvalidOperationException.class).isThrownBy(() -> schema.create("blogs", (table) -> {
			table.integer("user_id");
			table.foreign("user_id").references("id");
		}))
			.withMessage("Foreign key [user_id] of table [blogs] names no referenced table: add .on(\"table\")")
			.satisfies((ex) -> {
				assertThat(ex.getTable()).isEqualTo("blogs");
				assertThat(ex.getColumn()).isEqualTo("user_id");
			});
	}

	@Test
	void scaleLargerThanPrecisionIsAnError() {
		Schema schema = new Schema();
		assertThatExceptionOfType(InvalidOperationException.class)
			.isThrownBy(() -> schema.create("prices", (table) -> table.decimal("amount", 4, 6)))
			.withMessage("Column [amount] of table [prices]: scale 6 must be between 0 and the precision 4");
	}

	@Test
	void changeWhileCreatingIsAnError() {
		Schema schema = new Schema();
		assertThatExceptionOfType(InvalidOperationException.class)
			.isThrownBy(() -> schema.create("users", (table) -> table.string("email").change()))
			.withMessageContaining("uses change() while the table is being created");
	}

	@Test
	void dropColumnWhileCreatingIsAnError() {
		Schema schema = new Schema();
		assertThatExceptionOfType(InvalidOperationException.class)
			.isThrownBy(() -> schema.create("users", (table) -> table.dropColumn("email")))
			.withMessage(
					"dropColumn() cannot be used while creating table [users]; use it in schema.table(\"users\", ...)");
	}

	@Test
	void defaultOfUnsupportedTypeIsAnError() {
		Schema schema = new Schema();
		assertThatExceptionOfType(InvalidOperationException.class)
			.isThrownBy(() -> schema.create("users", (table) -> table.date("born").defaultValue(new Object())))
			.withMessageStartingWith(
					"Column [born] of table [users]: A default value must be a String, a Number or a Boolean");
	}

	@Test
	void unsignedTextIsAnError() {
		Schema schema = new Schema();
		assertThatExceptionOfType(InvalidOperationException.class)
			.isThrownBy(() -> schema.create("users", (table) -> table.string("name").unsigned()))
			.withMessage("Column [name] of table [users] is of type varchar(255) and cannot be unsigned");
	}

	@Test
	void primaryKeyDeclaredTwiceIsAnError() {
		Schema schema = new Schema();
		assertThatExceptionOfType(InvalidOperationException.class).isThrownBy(() -> schema.create("users", (table) -> {
			table.increments("id");
			table.primary("id");
		})).withMessage("Table [users] declares a primary key both on column [id] and with primary(id)");
	}

	@Test
	void longConventionalNamesAreShortenedDeterministically() {
		Schema schema = new Schema();
		String longTable = "a_table_with_a_rather_long_name_for_testing";
		schema.create(longTable, (table) -> table.string("and_a_long_column_name_as_well").unique());
		String name = ((CreateTable) schema.operations().get(0)).table().uniqueConstraints().get(0).name();
		assertThat(name).hasSize(63).startsWith("a_table_with_a_rather_long_name_for_testing_and_a_long_");
	}

}
