package dev.strata.entity;

import java.util.List;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.DefaultValue;
import dev.strata.model.Index;
import dev.strata.model.Table;
import dev.strata.model.TypeKind;
import dev.strata.model.UniqueConstraint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.strata.entity.EntityModelSchemas.schema;
import static dev.strata.entity.EntityModelSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Column types, enumerations, checks, defaults, unique constraints and indexes, read on
 * both databases.
 */
class EntityReaderColumnTests {

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void columnsFollowHibernatesSizeThenNameOrder(TestDatabase database) {
		assertThat(table(database, "type_sample").columnNames()).startsWith("amount", "approved", "counter", "due_date",
				"elapsed", "flag", "initial", "level", "price", "quantity", "ratio", "small", "status_ordinal", "time",
				"version", "weight", "big", "id", "instant");
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void stringEnumerationsAreEnumerationsWithoutTheirCheck(TestDatabase database) {
		Table table = table(database, "type_sample");
		if (database == TestDatabase.POSTGRESQL) {
			// a varchar with a check on PostgreSQL: declaration order, the column's
			// length
			assertThat(table.column("status"))
				.contains(nullable("status", ColumnType.enumeration(255, List.of("NEW", "ACTIVE", "CLOSED"))));
			assertThat(table.column("required_status"))
				.contains(Column.of("required_status", ColumnType.enumeration(20, List.of("NEW", "ACTIVE", "CLOSED"))));
		}
		else {
			// a native enum on H2: sorted values; no length in the type, but a length the
			// mapping gives is kept, for databases that store enumerations as strings
			List<String> sorted = List.of("ACTIVE", "CLOSED", "NEW");
			assertThat(table.column("status")).contains(nullable("status", ColumnType.enumeration(null, sorted)));
			assertThat(table.column("required_status"))
				.contains(Column.of("required_status", ColumnType.enumeration(20, sorted)));
		}
		assertThat(table.checks()).extracting(CheckConstraint::column).doesNotContain("status", "required_status");
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void checksAreWrittenAsHibernateWritesThem(TestDatabase database) {
		Table table = table(database, "type_sample");
		ColumnType ordinal = ColumnType.of((database == TestDatabase.H2) ? TypeKind.TINYINT : TypeKind.SMALLINT);
		assertThat(table.column("status_ordinal")).contains(nullable("status_ordinal", ordinal));
		assertThat(table.checks()).containsExactly(new CheckConstraint(null, "approved in ('N','Y')", "approved"),
				new CheckConstraint("ck_type_sample_level", "level > 0", "level"),
				new CheckConstraint(null, "status_ordinal between 0 and 2", "status_ordinal"),
				new CheckConstraint(null, "short_text <> ''", "checked"),
				new CheckConstraint("ck_type_sample_amount", "amount >= 0", null),
				new CheckConstraint(null, "quantity < 1000", null));
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void basicTypesLobsVersionsAndJsonHaveTheirDatabaseTypes(TestDatabase database) {
		Table table = table(database, "type_sample");
		boolean h2 = database == TestDatabase.H2;
		assertThat(table.column("version")).contains(Column.of("version", ColumnType.of(TypeKind.INTEGER)));
		assertThat(table.column("quantity")).contains(Column.of("quantity", ColumnType.of(TypeKind.INTEGER)));
		assertThat(table.column("price")).contains(nullable("price", ColumnType.decimal(38, 2)));
		assertThat(table.column("amount")).contains(nullable("amount", ColumnType.decimal(10, 2)));
		assertThat(table.column("elapsed")).contains(nullable("elapsed", ColumnType.decimal(21, 0)));
		assertThat(table.column("local_stamp"))
			.contains(nullable("local_stamp", ColumnType.of(TypeKind.TIMESTAMP).withPrecision(6)));
		assertThat(table.column("instant"))
			.contains(nullable("instant", ColumnType.of(TypeKind.TIMESTAMP_TZ).withPrecision(6)));
		assertThat(table.column("time")).contains(nullable("time", ColumnType.of(TypeKind.TIME).withPrecision(0)));
		assertThat(table.column("reference")).contains(nullable("reference", ColumnType.of(TypeKind.UUID)));
		assertThat(table.column("document"))
			.contains(nullable("document", h2 ? ColumnType.of(TypeKind.CLOB) : ColumnType.custom("oid")));
		assertThat(table.column("image"))
			.contains(nullable("image", h2 ? ColumnType.of(TypeKind.BLOB) : ColumnType.custom("oid")));
		assertThat(table.column("bytes"))
			.contains(nullable("bytes", ColumnType.of(TypeKind.BINARY).withLength(h2 ? 255 : null)));
		assertThat(table.column("huge_text"))
			.contains(nullable("huge_text", ColumnType.of(h2 ? TypeKind.CLOB : TypeKind.TEXT)));
		assertThat(table.column("attributes")).contains(nullable("attributes", ColumnType.of(TypeKind.JSON)));
		assertThat(table.column("money")).contains(nullable("money", ColumnType.varchar(255)));
		assertThat(table.column("approved")).contains(nullable("approved", ColumnType.character(1)));
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void defaultsAndColumnDefinitionsAreSplitIntoTypeAndDefault(TestDatabase database) {
		Table table = table(database, "type_sample");
		assertThat(table.column("label"))
			.contains(new Column("label", ColumnType.varchar(255), true, DefaultValue.expression("'new'"), false));
		assertThat(table.column("counter")).contains(
				new Column("counter", ColumnType.of(TypeKind.INTEGER), false, DefaultValue.expression("0"), false));
		assertThat(table.column("defined"))
			.contains(new Column("defined", ColumnType.varchar(20), true, DefaultValue.expression("'x'"), false));
		assertThat(table.column("notes")).contains(nullable("notes", ColumnType.of(TypeKind.TEXT)));
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void uniqueColumnsAreUnnamedUniqueConstraints(TestDatabase database) {
		assertThat(table(database, "type_sample").uniqueConstraints())
			.containsExactly(new UniqueConstraint(null, List.of("code")));
		assertThat(table(database, "skill").uniqueConstraints())
			.containsExactly(new UniqueConstraint(null, List.of("name")));
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void tableUniqueConstraintsAndIndexesKeepExplicitNamesOnly(TestDatabase database) {
		Table person = table(database, "person");
		assertThat(person.uniqueConstraints()).containsExactly(
				new UniqueConstraint(null, List.of("first_name", "last_name")),
				new UniqueConstraint("uk_person_ssn", List.of("ssn")),
				new UniqueConstraint("idx_person_email", List.of("email")));
		assertThat(person.indexes()).containsExactly(
				new Index("IDX6wjuvbalf4x2thqkfxejnlbvh", List.of("last_name", "first_name"), false),
				new Index("idx_person_created", List.of("created_at"), false));
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void theTestModelReadsWithoutWarnings(TestDatabase database) {
		assertThat(schema(database).warnings()).isEmpty();
	}

	private static Column nullable(String name, ColumnType type) {
		return new Column(name, type, true, null, false);
	}

}
