package dev.strata.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.strata.dialect.Dialect;
import dev.strata.model.SchemaSnapshot;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import org.hibernate.MappingException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.InitCommand;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.boot.spi.MetadataImplementor;

/**
 * Reads Hibernate ORM's boot {@link Metadata} into the schema Hibernate's
 * {@code ddl-auto=create} would create for it: the physical tables with their columns in
 * Hibernate's order, keys, indexes and checks, the sequences, and the rows that
 * {@code TABLE} id generators start from.
 * <p>
 * The reader never executes DDL and never changes the metadata it is given, which may
 * belong to a running application: where Hibernate settles the DDL by reordering or
 * adding to its mapping (column order, the unique keys its exporter registers), the
 * reader computes the same result on the side. It only triggers the lazy resolution and
 * caching Hibernate performs on every read of a column's type.
 * <p>
 * The Strata dialect must be the one of the database Hibernate's dialect targets; it
 * parses Hibernate's SQL types into column types.
 */
public final class HibernateEntityReader {

	/**
	 * Read the schema the metadata declares.
	 * @param metadata Hibernate's boot metadata
	 * @param dialect the Strata dialect of the same database as Hibernate's dialect
	 * @return the schema, with its initialization statements and warnings
	 * @throws EntityMappingException if Hibernate would fail to create the schema
	 */
	public EntitySchema read(Metadata metadata, Dialect dialect) {
		Objects.requireNonNull(metadata, "'metadata' must not be null");
		Objects.requireNonNull(dialect, "'dialect' must not be null");
		validate(metadata);
		List<String> warnings = new ArrayList<>();
		SqlStringGenerationContext context = SqlStringGenerationContextImpl
			.fromExplicit(metadata.getDatabase().getJdbcEnvironment(), metadata.getDatabase(), null, null);
		TableReader tableReader = new TableReader(metadata, dialect, new MappingOwners(metadata), warnings);
		List<Table> tables = new ArrayList<>();
		List<Sequence> sequences = new ArrayList<>();
		Map<String, List<String>> initStatements = new LinkedHashMap<>();
		for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
			for (org.hibernate.mapping.Table table : namespace.getTables()) {
				if (!table.isPhysicalTable()) {
					continue;
				}
				if (table.isView()) {
					warnings.add("Table [" + table.getName() + "] is a view, which Strata does not model");
					continue;
				}
				tables.add(tableReader.read(table));
				List<String> statements = table.getInitCommands(context)
					.stream()
					.map(InitCommand::initCommands)
					.flatMap(Arrays::stream)
					.toList();
				if (!statements.isEmpty()) {
					initStatements.put(table.getName(), statements);
				}
			}
			for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
				sequences.add(sequence(sequence, warnings));
			}
			if (!namespace.getUserDefinedTypes().isEmpty()) {
				warnings.add("The mapping declares user-defined types "
						+ namespace.getUserDefinedTypes().stream().map((type) -> type.getName()).toList()
						+ ", which Strata does not model");
			}
		}
		warnAuxiliaryObjects(metadata, context, warnings);
		return new EntitySchema(SchemaSnapshot.of(tables, sequences), initStatements, warnings);
	}

	private static void validate(Metadata metadata) {
		if (metadata instanceof MetadataImplementor implementor) {
			try {
				implementor.validate();
			}
			catch (MappingException ex) {
				throw new EntityMappingException(
						"Hibernate rejects the entity mapping: " + ex.getMessage() + "; fix the mapping", ex);
			}
		}
	}

	private static Sequence sequence(org.hibernate.boot.model.relational.Sequence sequence, List<String> warnings) {
		String name = sequence.getName().getSequenceName().getText();
		if (sequence.getOptions() != null && !sequence.getOptions().isBlank()) {
			warnings.add(
					"Sequence [" + name + "] has options [" + sequence.getOptions() + "], which Strata does not model");
		}
		return new Sequence(name, sequence.getInitialValue(), sequence.getIncrementSize());
	}

	private static void warnAuxiliaryObjects(Metadata metadata, SqlStringGenerationContext context,
			List<String> warnings) {
		org.hibernate.dialect.Dialect hibernateDialect = metadata.getDatabase().getDialect();
		for (AuxiliaryDatabaseObject object : metadata.getDatabase().getAuxiliaryDatabaseObjects()) {
			if (object.appliesToDialect(hibernateDialect)) {
				warnings.add("Hibernate also creates " + String.join("; ", object.sqlCreateStrings(context))
						+ ", which Strata does not model; create it with a raw SQL statement in a migration");
			}
		}
		for (InitCommand command : metadata.getDatabase().getInitCommands()) {
			warnings.add("Hibernate also runs " + String.join("; ", command.initCommands())
					+ " after creating the schema, which Strata does not model");
		}
	}

}
