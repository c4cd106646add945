package dev.strata.entity;

import java.util.List;

import dev.strata.entity.model.EntityModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the reader exact against Hibernate itself: the schema it reads states, table by
 * table, what Hibernate's own {@code ddl-auto=create} script states for the same
 * entities.
 */
class EntityReaderCreateScriptTests {

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void readsWhatHibernatesCreateScriptCreates(TestDatabase database) {
		List<Class<?>> classes = EntityModel.CLASSES;
		SchemaFacts expected = CreateScriptParser.parse(
				HibernateCreateScript.ofSessionFactory(database.metadataBuilder(classes), classes), database.dialect());
		SchemaFacts actual = ModelFacts.of(database.read(classes), database.dialect());
		assertThat(actual.tables().keySet()).containsExactlyElementsOf(expected.tables().keySet());
		expected.tables()
			.forEach((name, table) -> assertThat(actual.tables().get(name)).as("table %s", name).isEqualTo(table));
		assertThat(actual.sequences()).isEqualTo(expected.sequences());
	}

}
