package dev.strata.entity;

import dev.strata.testing.HibernateCreateScript;
import java.util.List;
import java.util.Map;

import dev.strata.entity.model.EntityModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader leaves the metadata of a running application as it was, and reads the same
 * schema whether or not Hibernate has ordered and exported it.
 */
class EntityReaderMetadataTests {

	private final HibernateEntityReader reader = new HibernateEntityReader();

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void readingLeavesTheMetadataAsItWas(TestDatabase database) {
		try (OfflineMetadata offline = database.metadata(EntityModel.CLASSES)) {
			Map<String, List<String>> before = MetadataFingerprint.of(offline.metadata());
			EntitySchema schema = this.reader.read(offline.metadata(), database.dialect());
			assertThat(MetadataFingerprint.of(offline.metadata())).isEqualTo(before);
			// the metadata is not in DDL order, and the schema is
			assertThat(before.get("type_sample").get(0)).startsWith("columns [id, amount,");
			assertThat(schema.snapshot().table("type_sample").orElseThrow().columnNames()).startsWith("amount",
					"approved");
			assertThat(before.get("employee_phones")).contains("primary key [employee_id, phones_order] ordered false");
			assertThat(schema.snapshot().table("employee_phones").orElseThrow().primaryKey().columns())
				.containsExactly("phones_order", "employee_id");
		}
	}

	@ParameterizedTest
	@EnumSource(TestDatabase.class)
	void readsTheSameSchemaAfterHibernateOrderedAndExportedTheMetadata(TestDatabase database) {
		try (OfflineMetadata offline = database.metadata(EntityModel.CLASSES)) {
			EntitySchema before = this.reader.read(offline.metadata(), database.dialect());
			Map<String, List<String>> fingerprint = MetadataFingerprint.of(offline.metadata());
			List<String> script = HibernateCreateScript.ofMetadata(offline.metadata(), offline.registry());
			// Hibernate's export reordered columns and keys and registered unique keys
			assertThat(MetadataFingerprint.of(offline.metadata())).isNotEqualTo(fingerprint);
			assertThat(MetadataFingerprint.of(offline.metadata()).get("skill"))
				.anyMatch((fact) -> fact.startsWith("unique key UK"));
			EntitySchema after = this.reader.read(offline.metadata(), database.dialect());
			assertThat(after).isEqualTo(before);
			SchemaFacts expected = CreateScriptParser.parse(script, database.dialect());
			assertThat(ModelFacts.of(after, database.dialect())).isEqualTo(expected);
		}
	}

}
