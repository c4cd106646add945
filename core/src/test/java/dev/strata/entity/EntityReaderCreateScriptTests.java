package dev.strata.entity;

import dev.strata.testing.HibernateCreateScript;
import java.util.List;
import java.util.stream.Stream;

import dev.strata.entity.model.EntityModel;
import dev.strata.entity.types.WideTypes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the reader exact against Hibernate itself: the schema it reads states, table by
 * table, what Hibernate's own {@code ddl-auto=create} script states for the same
 * entities: the same columns in the same order with the same types, nullability, identity
 * and defaults, the same primary key columns in order, unique constraints, checks,
 * indexes, foreign keys, sequences and initial rows.
 */
class EntityReaderCreateScriptTests {

	static Stream<Arguments> models() {
		return Stream.of(TestDatabase.values())
			.flatMap((database) -> Stream.of(Arguments.of(database, "entity model", EntityModel.CLASSES),
					Arguments.of(database, "wide types", List.of(WideTypes.class))));
	}

	@ParameterizedTest(name = "{0}, {1}")
	@MethodSource("models")
	void readsWhatHibernatesCreateScriptCreates(TestDatabase database, String model, List<Class<?>> classes) {
		SchemaFacts expected = CreateScriptParser.parse(
				HibernateCreateScript.ofSessionFactory(database.metadataBuilder(classes), classes), database.dialect());
		SchemaFacts actual = ModelFacts.of(database.read(classes), database.dialect());
		assertThat(actual.tables().keySet()).containsExactlyElementsOf(expected.tables().keySet());
		expected.tables()
			.forEach((name, table) -> assertThat(actual.tables().get(name)).as("table %s", name).isEqualTo(table));
		assertThat(actual.sequences()).isEqualTo(expected.sequences());
	}

}
