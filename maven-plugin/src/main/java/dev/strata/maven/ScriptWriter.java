package dev.strata.maven;

import java.util.ArrayList;
import java.util.List;

import dev.strata.runner.MigrationScript;
import dev.strata.runner.ScriptedMigration;

/**
 * Writes a {@link MigrationScript} as an SQL file a person can review or run: a header,
 * the notices as comments, and each migration's statements under a comment that names it,
 * each statement ended with a semicolon.
 */
final class ScriptWriter {

	private ScriptWriter() {
	}

	/**
	 * Write the script.
	 * @param script the script
	 * @param target what it runs on, for the header
	 * @return the lines
	 */
	static List<String> lines(MigrationScript script, String target) {
		List<String> lines = new ArrayList<>();
		String what = (script.direction() == MigrationScript.Direction.MIGRATE) ? "migrate" : "rollback";
		lines.add("-- Strata " + what + " on " + target + ": " + script.migrations().size() + " migration(s)");
		script.notices().forEach((notice) -> lines.add("-- " + notice.replace("\n", "\n-- ")));
		if (script.isEmpty()) {
			lines.add("-- Nothing to run.");
		}
		for (ScriptedMigration migration : script.migrations()) {
			lines.add("");
			lines.add("-- " + migration.className() + ": " + migration.description());
			migration.statements().forEach((statement) -> lines.add(statement + ";"));
		}
		return lines;
	}

}
