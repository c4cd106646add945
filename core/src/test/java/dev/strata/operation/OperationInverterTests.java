package dev.strata.operation;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import dev.strata.migration.Schema;
import dev.strata.model.Column;
import dev.strata.model.SchemaSnapshot;
import dev.strata.model.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OperationInverterTests {

	private static final SchemaSnapshot BLOG = replay((schema) -> {
		schema.create("users", (table) -> {
			table.increments("id");
			table.string("email").unique();
			table.string("name").nullable().index();
			table.integer("age").nullable();
			table.check("age >= 0");
		});
		schema.create("posts", (table) -> {
			table.increments("id");
			table.integer("user_id");
			table.foreign("user_id").references("id").on("users");
			table.string("title");
		});
		schema.create("tags", (table) -> table.string("label"));
		schema.createSequence("ticket_seq");
	});

	static List<Arguments> changes() {
		return List.of(change("create table", (s) -> s.create("comments", (t) -> {
			t.increments("id");
			t.integer("post_id").index();
			t.foreign("post_id").references("id").on("posts");
		})), change("drop table", (s) -> s.drop("posts")), change("drop table if exists", (s) -> s.dropIfExists("x")),
				change("rename table", (s) -> s.rename("users", "people")),
				change("add column", (s) -> s.table("users", (t) -> t.string("nickname").nullable())),
				change("alter column", (s) -> s.table("users", (t) -> t.bigInteger("age").change())),
				change("drop column with its index", (s) -> s.table("users", (t) -> t.dropColumn("name"))),
				change("drop column with its unique constraint", (s) -> s.table("users", (t) -> t.dropColumn("email"))),
				change("drop column with its foreign key", (s) -> s.table("posts", (t) -> t.dropColumn("user_id"))),
				change("drop column with its check", (s) -> s.table("users", (t) -> t.dropColumn("age"))),
				change("rename column", (s) -> s.table("users", (t) -> t.renameColumn("email", "mail"))),
				change("rename constraint",
						(s) -> s.table("users", (t) -> t.renameConstraint("users_email_key", "uk_mail"))),
				change("rename index", (s) -> s.table("users", (t) -> t.renameConstraint("users_name_idx", "by_name"))),
				change("add primary key on nullable column", (s) -> s.table("tags", (t) -> t.primary("label"))),
				change("drop primary key", (s) -> s.table("tags", (t) -> {
					t.primary("label");
					t.dropPrimary();
				})), change("add unique", (s) -> s.table("users", (t) -> t.unique("name", "age"))),
				change("drop unique by columns", (s) -> s.table("users", (t) -> t.dropUnique("email"))),
				change("add index", (s) -> s.table("users", (t) -> t.index("age"))),
				change("drop index", (s) -> s.table("users", (t) -> t.dropIndex("name"))),
				change("add foreign key",
						(s) -> s.table("users", (t) -> t.foreign("age").references("id").on("users"))),
				change("drop foreign key", (s) -> s.table("posts", (t) -> t.dropForeign("user_id"))),
				change("add check", (s) -> s.table("users", (t) -> t.check("age < 200").name("users_age_max"))),
				change("drop check", (s) -> s.table("users", (t) -> t.dropCheck("users_age_check"))),
				change("create sequence", (s) -> s.createSequence("other_seq")),
				change("alter sequence", (s) -> s.alterSequence("ticket_seq", 50)),
				change("rename sequence", (s) -> s.renameSequence("ticket_seq", "order_seq")),
				change("drop sequence", (s) -> s.dropSequence("ticket_seq")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void inverseRestoresTheSchemaBefore(String name, Consumer<Schema> change) {
		SchemaSnapshot current = BLOG;
		for (SchemaOperation operation : record(change)) {
			SchemaSnapshot before = current;
			SchemaSnapshot after = SnapshotProjector.apply(before, operation);
			List<SchemaOperation> inverse = OperationInverter.inverse(operation, before).orElseThrow();
			assertThat(normalized(SnapshotProjector.applyAll(after, inverse))).as(inverse.toString())
				.isEqualTo(normalized(before));
			current = after;
		}
	}

	@Test
	void rawSqlHasNoInverse() {
		assertThat(OperationInverter.inverse(new RawSql("delete from users"), BLOG)).isEmpty();
	}

	@Test
	void droppedColumnComesBackWithItsDefinition() {
		DropColumn drop = new DropColumn("users", "age");
		List<SchemaOperation> inverse = OperationInverter.inverse(drop, BLOG).orElseThrow();
		Column age = BLOG.table("users").orElseThrow().column("age").orElseThrow();
		assertThat(inverse.get(0)).isEqualTo(new AddColumn("users", age));
		assertThat(inverse.get(1)).isInstanceOf(AddCheck.class);
	}

	private static Arguments change(String name, Consumer<Schema> change) {
		return Arguments.of(name, change);
	}

	private static List<SchemaOperation> record(Consumer<Schema> change) {
		Schema schema = new Schema();
		change.accept(schema);
		return schema.operations();
	}

	private static SchemaSnapshot replay(Consumer<Schema> change) {
		return SnapshotProjector.applyAll(SchemaSnapshot.empty(), record(change));
	}

	/**
	 * Order-insensitive form: a column or constraint added back comes last.
	 */
	private static SchemaSnapshot normalized(SchemaSnapshot snapshot) {
		return SchemaSnapshot.of(snapshot.tables()
			.stream()
			.map((table) -> new Table(table.name(),
					table.columns().stream().sorted(Comparator.comparing(Column::name)).toList(), table.primaryKey(),
					table.uniqueConstraints().stream().sorted(Comparator.comparing(Object::toString)).toList(),
					table.indexes().stream().sorted(Comparator.comparing(Object::toString)).toList(),
					table.foreignKeys().stream().sorted(Comparator.comparing(Object::toString)).toList(),
					table.checks().stream().sorted(Comparator.comparing(Object::toString)).toList()))
			.toList(), snapshot.sequences());
	}

}
