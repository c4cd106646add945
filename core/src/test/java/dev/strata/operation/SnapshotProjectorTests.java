package dev.strata.operation;

import java.util.List;
import java.util.function.Consumer;

import dev.strata.migration.Schema;
import dev.strata.model.SchemaSnapshot;
import dev.strata.model.Table;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SnapshotProjectorTests {

	private static SchemaSnapshot replay(Consumer<Schema> migration) {
		Schema schema = new Schema();
		migration.accept(schema);
		return SnapshotProjector.applyAll(SchemaSnapshot.empty(), schema.operations());
	}

	private static final Consumer<Schema> USERS_AND_BLOGS = (schema) -> {
		schema.create("users", (table) -> {
			table.increments("id");
			table.string("email").unique();
		});
		schema.create("blogs", (table) -> {
			table.increments("id");
			table.integer("user_id");
			table.foreign("user_id").references("id").on("users");
		});
	};

	@Test
	void replayBuildsTheTablesWithTheirKeys() {
		SchemaSnapshot snapshot = replay(USERS_AND_BLOGS);
		assertThat(snapshot.tables()).extracting(Table::name).containsExactly("blogs", "users");
		Table blogs = snapshot.table("BLOGS").orElseThrow();
		assertThat(blogs.foreignKeys()).singleElement()
			.satisfies((foreignKey) -> assertThat(foreignKey.referencedTable()).isEqualTo("users"));
	}

	@Test
	void primaryKeyColumnsBecomeNotNull() {
		SchemaSnapshot snapshot = replay((schema) -> {
			schema.create("tags", (table) -> table.string("name").nullable());
			schema.table("tags", (table) -> table.primary("name"));
		});
		assertThat(snapshot.table("tags").orElseThrow().column("name").orElseThrow().nullable()).isFalse();
	}

	@Test
	void foreignKeyToMissingTableNamesTableAndColumn() {
		assertThatExceptionOfType(InvalidOperationException.class)
			.isThrownBy(() -> replay((schema) -> schema.create("blogs", (table) -> {
				table.integer("user_id");
				table.foreign("user_id").references("id").on("users");
			})))
			.withMessage("Foreign key [blogs_user_id_fkey] [user_id] -> users[id] of table [blogs] references table "
					+ "[users], which does not exist")
			.satisfies((ex) -> assertThat(ex.getColumn()).isEqualTo("user_id"));
	}

	@Test
	void foreignKeyToMissingColumnIsAnError() {
		assertThatExceptionOfType(InvalidOperationException.class)
			.isThrownBy(() -> replay(USERS_AND_BLOGS.andThen((schema) -> schema.create("comments", (table) -> {
				table.integer("blog_id");
				table.foreign("blog_id").references("uuid").on("blogs");
			}))))
			.withMessageContaining("references column [uuid] of table [blogs], which does not exist");
	}

	@Test
	void foreignKeyToColumnsThatAreNotUniqueIsAnError() {
		assertThatExceptionOfType(InvalidOperationException.class)
			.isThrownBy(() -> replay(USERS_AND_BLOGS.andThen((schema) -> schema.create("comments", (table) -> {
				table.integer("author");
				table.foreign("author").references("user_id").on("blogs");
			}))))
			.withMessageContaining("which are neither its primary key nor unique");
	}

	@Test
	void columnAddedTwiceIsAnError() {
		assertThatExceptionOfType(InvalidOperationException.class)
			.isThrownBy(() -> replay(USERS_AND_BLOGS.andThen((schema) -> schema.table("users", (table) -> {
				table.string("email");
			}))))
			.withMessage("Column [email] already exists in table [users]");
	}

	@Test
	void columnDefinedTwiceInCreateIsAnError() {
		assertThatExceptionOfType(InvalidOperationException.class)
			.isThrownBy(() -> replay((schema) -> schema.create("users", (table) -> {
				table.string("email");
				table.string("EMAIL");
			})))
			.withMessage("Column [EMAIL] is defined twice in table [users]");
	}

	@Test
	void droppingAReferencedTableIsAnError() {
		assertThatExceptionOfType(InvalidOperationException.class)
			.isThrownBy(() -> replay(USERS_AND_BLOGS.andThen((schema) -> schema.drop("users"))))
			.withMessage("Cannot drop table [users]: foreign key [blogs_user_id_fkey] [user_id] -> users[id] of table "
					+ "[blogs] references it; drop that foreign key first");
	}

	@Test
	void alteringAMissingTableIsAnError() {
		assertThatExceptionOfType(InvalidOperationException.class)
			.isThrownBy(() -> replay((schema) -> schema.table("ghosts", (table) -> table.string("name"))))
			.withMessage("Cannot add column [name] in table [ghosts]: the table does not exist");
	}

	@Test
	void indexOnMissingColumnIsAnError() {
		assertThatExceptionOfType(InvalidOperationException.class)
			.isThrownBy(() -> replay(
					USERS_AND_BLOGS.andThen((schema) -> schema.table("users", (table) -> table.index("nickname")))))
			.withMessage("The index on [nickname] of table [users] names column [nickname], which does not exist");
	}

	@Test
	void namesOfDroppedAndRenamedConstraintsAndTablesAreFreeAgain() {
		SchemaSnapshot snapshot = replay(USERS_AND_BLOGS.andThen((schema) -> {
			schema.table("users", (table) -> table.dropUnique("users_email_key"));
			schema.table("blogs", (table) -> table.unique("user_id").name("users_email_key"));
			schema.table("blogs", (table) -> table.dropForeign("blogs_user_id_fkey"));
			schema.drop("users");
			schema.create("people", (table) -> {
				table.increments("id");
				table.index("id").name("users_pkey");
			});
			schema.rename("blogs", "posts");
			schema.create("journal", (table) -> {
				table.increments("id");
				table.index("id").name("blogs_pkey");
			});
		}));
		assertThat(snapshot.tableUsingConstraintName("USERS_EMAIL_KEY")).contains("posts");
		assertThat(snapshot.tableUsingConstraintName("users_pkey")).contains("people");
		assertThat(snapshot.tableUsingConstraintName("people_pkey")).contains("people");
		assertThat(snapshot.tableUsingConstraintName("blogs_pkey")).contains("journal");
		assertThat(snapshot.tableUsingConstraintName("posts_pkey")).contains("posts");
		assertThat(snapshot.tableUsingConstraintName("users_email")).isEmpty();
		assertThat(snapshot.tableUsingConstraintName("blogs_user_id_fkey")).isEmpty();
	}

	@Test
	void constraintNamesMustBeUniqueInTheSchema() {
		assertThatExceptionOfType(InvalidOperationException.class)
			.isThrownBy(() -> replay(USERS_AND_BLOGS
				.andThen((schema) -> schema.table("blogs", (table) -> table.index("user_id").name("users_email_key")))))
			.withMessageStartingWith(
					"The name [users_email_key] is already used by a constraint or index of table [users]");
	}

	@Test
	void renamingATableCarriesThroughToForeignKeys() {
		SchemaSnapshot snapshot = replay(USERS_AND_BLOGS.andThen((schema) -> schema.rename("users", "members")));
		assertThat(snapshot.hasTable("users")).isFalse();
		assertThat(snapshot.table("blogs").orElseThrow().foreignKeys().get(0).referencedTable()).isEqualTo("members");
	}

	@Test
	void renamingAColumnCarriesThroughToKeysAndReferences() {
		SchemaSnapshot snapshot = replay(USERS_AND_BLOGS.andThen((schema) -> {
			schema.table("users", (table) -> table.renameColumn("id", "user_id"));
			schema.table("blogs", (table) -> table.renameColumn("user_id", "author_id"));
		}));
		assertThat(snapshot.table("users").orElseThrow().primaryKey().columns()).containsExactly("user_id");
		assertThat(snapshot.table("blogs").orElseThrow().foreignKeys().get(0).columns()).containsExactly("author_id");
		assertThat(snapshot.table("blogs").orElseThrow().foreignKeys().get(0).referencedColumns())
			.containsExactly("user_id");
	}

	@Test
	void droppingAColumnDropsItsConstraintsAndIndexes() {
		SchemaSnapshot snapshot = replay(USERS_AND_BLOGS.andThen((schema) -> schema.table("users", (table) -> {
			table.string("name").index().check("length(name) > 1");
			table.dropColumn("email", "name");
		})));
		Table users = snapshot.table("users").orElseThrow();
		assertThat(users.columnNames()).containsExactly("id");
		assertThat(users.uniqueConstraints()).isEmpty();
		assertThat(users.indexes()).isEmpty();
		assertThat(users.checks()).isEmpty();
	}

	@Test
	void droppingAReferencedColumnIsAnError() {
		assertThatExceptionOfType(InvalidOperationException.class)
			.isThrownBy(() -> replay(
					USERS_AND_BLOGS.andThen((schema) -> schema.table("users", (table) -> table.dropColumn("id")))))
			.withMessageStartingWith("Cannot drop column [id] of table [users]: foreign key [blogs_user_id_fkey]");
	}

	@Test
	void droppingByColumnsFindsTheConstraint() {
		SchemaSnapshot snapshot = replay(USERS_AND_BLOGS.andThen((schema) -> {
			schema.table("blogs", (table) -> table.dropForeign("user_id"));
			schema.table("users", (table) -> table.dropUnique("users_email_key"));
		}));
		assertThat(snapshot.table("blogs").orElseThrow().foreignKeys()).isEmpty();
		assertThat(snapshot.table("users").orElseThrow().uniqueConstraints()).isEmpty();
	}

	@Test
	void droppingAMissingConstraintIsAnError() {
		assertThatExceptionOfType(InvalidOperationException.class)
			.isThrownBy(() -> replay(
					USERS_AND_BLOGS.andThen((schema) -> schema.table("blogs", (table) -> table.dropIndex("title")))))
			.withMessage("Cannot drop index [title] of table [blogs]: no index has that name or those columns");
	}

	@Test
	void checkExpressionsFollowColumnRenames() {
		assertThat(SnapshotProjector.renameInExpression("price >= 0 and 'price' <> \"PRICE\"", "price", "cost"))
			.isEqualTo("cost >= 0 and 'price' <> \"cost\"");
	}

	@Test
	void rawSqlLeavesTheReplayedSchemaAsItIs() {
		SchemaSnapshot before = replay(USERS_AND_BLOGS);
		assertThat(SnapshotProjector.apply(before, new RawSql("create view v as select 1"))).isEqualTo(before);
		assertThat(List.of(before)).hasSize(1);
	}

}
