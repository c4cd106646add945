package dev.strata;

import java.util.List;

import dev.strata.codegen.GeneratedMigration;
import org.jspecify.annotations.Nullable;

/**
 * The result of generating the next migration: either the migrations already build what
 * the entities declare, or the source of the migration that closes the gap.
 *
 * @param migration the generated migration, {@code null} when up to date
 * @param warnings what the user should review: data that could be lost, possible renames,
 * raw SQL the comparison cannot see into
 */
public record Generation(@Nullable GeneratedMigration migration, List<String> warnings) {

	public Generation {
		warnings = List.copyOf(warnings);
	}

	/**
	 * Return whether the migrations already build what the entities declare.
	 * @return whether nothing needs to be generated
	 */
	public boolean upToDate() {
		return this.migration == null;
	}

}
