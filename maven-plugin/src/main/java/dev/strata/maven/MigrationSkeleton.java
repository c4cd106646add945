package dev.strata.maven;

import java.util.Locale;

import dev.strata.migration.MigrationName;
import org.jspecify.annotations.Nullable;

/**
 * The source of a new, hand-written migration, as the Masonite seed's
 * {@code craft migration NAME --create TABLE} and {@code --table TABLE} write it: a
 * {@code create} block with an {@code id} and the timestamps, dropped again in
 * {@code down()}; an alter block whose undo Strata derives from {@code up()}; or an empty
 * {@code up()}.
 */
final class MigrationSkeleton {

	private MigrationSkeleton() {
	}

	/**
	 * Write the source.
	 * @param packageName the package
	 * @param name the class name and what it encodes
	 * @param create the table the migration creates, or {@code null}
	 * @param table the table the migration changes, or {@code null}
	 * @return the Java source
	 */
	static String write(String packageName, MigrationName name, @Nullable String create, @Nullable String table) {
		StringBuilder source = new StringBuilder();
		if (!packageName.isEmpty()) {
			source.append("package ").append(packageName).append(";\n\n");
		}
		source.append("import dev.strata.migration.Migration;\n");
		source.append("import dev.strata.migration.Schema;\n\n");
		source.append("/**\n * ").append(sentence(name.description())).append(".\n");
		if (create == null) {
			source.append(
					" * <p>\n * Without a {@code down()}, Strata derives the rollback from {@code up()}; write one\n")
				.append(" * if {@code up()} runs raw SQL.\n");
		}
		source.append(" */\n");
		source.append("public final class ").append(name.className()).append(" implements Migration {\n\n");
		source.append("    @Override\n    public void up(Schema schema) {\n");
		if (create != null) {
			source.append("        schema.create(").append(literal(create)).append(", (table) -> {\n");
			source.append("            table.increments(\"id\");\n");
			source.append("            table.timestamps();\n");
			source.append("        });\n");
		}
		else if (table != null) {
			source.append("        schema.table(").append(literal(table)).append(", (table) -> {\n");
			source.append("            // table.string(\"nickname\").nullable();\n");
			source.append("        });\n");
		}
		else {
			source.append("        // schema.create(\"dashboard\", (table) -> { ... });\n");
		}
		source.append("    }\n");
		if (create != null) {
			source.append("\n    @Override\n    public void down(Schema schema) {\n");
			source.append("        schema.drop(").append(literal(create)).append(");\n");
			source.append("    }\n");
		}
		source.append("\n}\n");
		return source.toString();
	}

	private static String sentence(String description) {
		return description.isEmpty() ? description
				: description.substring(0, 1).toUpperCase(Locale.ROOT) + description.substring(1);
	}

	private static String literal(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
