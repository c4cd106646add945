package dev.strata.codegen;

import dev.strata.operation.PlannedOperation;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dev.strata.operation.SchemaOperation;

/**
 * Renders operations into a migration and cuts out the body of its {@code up()}, without
 * the method's indentation, for tests that assert the exact statements.
 */
final class GeneratedBodies {

	private static final String METHOD_INDENT = "        ";

	private GeneratedBodies() {
	}

	static String up(SchemaOperation... operations) {
		return up(PlannedOperation.allOf(List.of(operations)));
	}

	static String up(List<PlannedOperation> operations) {
		GeneratedMigration migration = new JavaMigrationWriter()
			.write(new MigrationSource("com.example", 1, "render", operations, List.of(), List.of()));
		return body(migration.source(), "up");
	}

	static String body(String source, String method) {
		String opening = "public void " + method + "(Schema schema) {\n";
		int start = source.indexOf(opening);
		if (start < 0) {
			throw new IllegalArgumentException("No method [" + method + "] in:\n" + source);
		}
		start += opening.length();
		int end = source.indexOf("\n    }\n", start);
		return Arrays.stream(source.substring(start, end).split("\n"))
			.map((line) -> line.startsWith(METHOD_INDENT) ? line.substring(METHOD_INDENT.length()) : line)
			.collect(Collectors.joining("\n"));
	}

}
