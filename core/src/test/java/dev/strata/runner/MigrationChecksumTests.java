package dev.strata.runner;

import java.util.List;
import java.util.function.Consumer;

import dev.strata.migration.Schema;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.TypeKind;
import dev.strata.operation.AddColumn;
import dev.strata.operation.RawSql;
import dev.strata.operation.SchemaOperation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationChecksumTests {

	@Test
	void isStableAcrossReleasesForTheSameOperations() {
		String checksum = checksum((schema) -> schema.create("users", (table) -> {
			table.increments("id");
			table.string("email").unique();
			table.timestamps();
		}));
		assertThat(checksum).as("changing the canonical encoding changes every applied checksum")
			.isEqualTo("3e408ac5392df254");
	}

	@Test
	void doesNotDependOnHowTheCodeIsWritten() {
		String compact = checksum((schema) -> schema.table("users", (t) -> t.string("nickname").nullable()));
		String spelledOut = checksum((schema) -> {
			schema.table("users", (table) -> {
				table.string("nickname", 255).nullable();
			});
		});
		assertThat(spelledOut).isEqualTo(compact);
	}

	@Test
	void changesWithEveryFieldOfAnOperation() {
		Column column = Column.of("nickname", ColumnType.varchar(255));
		String base = MigrationChecksum.of(List.of(new AddColumn("users", column)));
		List<SchemaOperation> variants = List.of(new AddColumn("user", column),
				new AddColumn("users", column.withName("nick")), new AddColumn("users", column.withNullable(true)),
				new AddColumn("users", column.withType(ColumnType.varchar(254))),
				new AddColumn("users", column.withType(ColumnType.of(TypeKind.TEXT))),
				new AddColumn("users", column.withType(ColumnType.varchar(255).withUnsigned(true))),
				new AddColumn("users", column.withDefaultValue(dev.strata.model.DefaultValue.literal("x"))),
				new AddColumn("users", column.withDefaultValue(dev.strata.model.DefaultValue.expression("x"))),
				new AddColumn("users", column.withAutoIncrement(true)));
		assertThat(variants)
			.allSatisfy((variant) -> assertThat(MigrationChecksum.of(List.of(variant))).as(variant.toString())
				.isNotEqualTo(base));
	}

	@Test
	void separatesValuesSoThatConcatenationsDoNotCollide() {
		String one = checksum((schema) -> schema.rename("ab", "c"));
		String other = checksum((schema) -> schema.rename("a", "bc"));
		assertThat(one).isNotEqualTo(other);
	}

	@Test
	void dependsOnTheOrderOfOperations() {
		String one = checksum((schema) -> {
			schema.drop("a");
			schema.drop("b");
		});
		String other = checksum((schema) -> {
			schema.drop("b");
			schema.drop("a");
		});
		assertThat(one).isNotEqualTo(other);
	}

	@Test
	void encodesEveryFieldExplicitly() {
		String text = CanonicalOperationEncoder.encode(List.of(new RawSql("update users set active = 1")));
		assertThat(text).isEqualTo("strata-ops-1\nRawSql(27:update users set active = 1\n");
	}

	private static String checksum(Consumer<Schema> up) {
		Schema schema = new Schema();
		up.accept(schema);
		return MigrationChecksum.of(schema.operations());
	}

}
