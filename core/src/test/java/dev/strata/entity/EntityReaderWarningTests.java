package dev.strata.entity;

import java.util.List;

import dev.strata.entity.invalid.DuplicateColumns;
import dev.strata.entity.invalid.MissingIndexColumn;
import dev.strata.entity.invalid.MissingUniqueColumn;
import dev.strata.entity.invalid.Place;
import dev.strata.entity.unmodelled.Unmodelled;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.Index;
import dev.strata.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the model cannot express becomes a warning, and what Hibernate could not create
 * becomes an error naming the table, the column and the entity.
 */
class EntityReaderWarningTests {

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void warnsAboutWhatTheModelCannotExpress(TestDatabase database) {
		EntitySchema schema = database.read(List.of(Unmodelled.class));
		assertThat(schema.warnings()).contains("Table [unmodelled] has a comment, which Strata does not model",
				"Column [commented] of table [unmodelled] has a comment, which Strata does not model",
				"Column [checked_text] of table [unmodelled] is defined as [varchar(10) check (checked_text <> '')], "
						+ "which holds clauses Strata cannot model; it is kept as a custom type",
				"Column [double_price] of table [unmodelled] is generated as [price * 2]; "
						+ "Strata models it as a plain column",
				"Index [idx_unmodelled_created] on table [unmodelled] orders its columns [desc]; "
						+ "Strata models the columns only",
				"Column [CamelCase] of table [unmodelled] is quoted in the mapping to keep its case; Strata compares "
						+ "names without regard to case and writes them unquoted unless they are reserved words",
				"Column [user] of table [unmodelled] is named with a word " + database.dialect().name()
						+ " reserves; Hibernate does not quote it, so its own DDL and queries for it fail: "
						+ "rename it, or quote it in the mapping");
		assertThat(schema.warnings()).anyMatch((warning) -> warning.startsWith("Hibernate also creates create "));
		Table table = schema.snapshot().table("unmodelled").orElseThrow();
		assertThat(table.column("checked_text")).contains(new Column("checked_text",
				ColumnType.custom("varchar(10) check (checked_text <> '')"), true, null, false));
		assertThat(table.column("mood")).contains(new Column("mood", ColumnType.custom("Mood"), true, null, false));
		assertThat(table.indexes()).containsExactly(new Index("idx_unmodelled_created", List.of("created_at"), false));
	}

	@Test
	void rejectsAUniqueConstraintOnAColumnTheTableLacks() {
		assertThatExceptionOfType(EntityMappingException.class)
			.isThrownBy(() -> TestDatabase.POSTGRESQL.read(List.of(MissingUniqueColumn.class)))
			.withMessage("Unique constraint [uk_missing] on table [missing_unique_column] names column "
					+ "[does_not_exist], which the table does not have; fix the column names of the @UniqueConstraint "
					+ "or @Index on entity [" + MissingUniqueColumn.class.getName() + "]");
	}

	@Test
	void rejectsAnIndexOnAColumnTheTableLacks() {
		assertThatExceptionOfType(EntityMappingException.class)
			.isThrownBy(() -> TestDatabase.H2.read(List.of(MissingIndexColumn.class)))
			.withMessageStartingWith("Index [IDX")
			.withMessageContaining(
					"on table [missing_index_column] names column [also_missing], " + "which the table does not have")
			.withMessageEndingWith("on entity [" + MissingIndexColumn.class.getName() + "]");
	}

	@Test
	void rejectsAMappingHibernateWouldRejectWhenStarting() {
		assertThatExceptionOfType(EntityMappingException.class)
			.isThrownBy(() -> TestDatabase.POSTGRESQL.read(List.of(DuplicateColumns.class, Place.class)))
			.withMessageStartingWith("Hibernate rejects the entity mapping: Column 'zip' is duplicated")
			.withMessageContaining(DuplicateColumns.class.getName());
	}

}
