package dev.strata.autoconfigure;

import dev.strata.runner.MigrationException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a failed migration run when it stops the application: which migration, table,
 * column and statement failed, and what to do.
 */
class MigrationsFailureAnalyzer extends AbstractFailureAnalyzer<MigrationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigrationException cause) {
		StringBuilder description = new StringBuilder("Strata could not migrate the database.\n\n");
		description.append(cause.getMessage()).append('\n');
		appendField(description, "Migration", cause.getMigration());
		appendField(description, "Version", (cause.getVersion() != null) ? cause.getVersion().toString() : null);
		appendField(description, "Table", cause.getTable());
		appendField(description, "Column", cause.getColumn());
		appendField(description, "Statement", cause.getStatement());
		String action = (cause.getMigration() != null)
				? "Fix migration [" + cause.getMigration()
						+ "] (or the data it fails on) and start the application again; it is retried then. "
						+ "To keep the application running when migrations fail, set migrations.fail-on-error=false; "
						+ "to start without running them, set migrations.run-at=never."
				: "Check that the database is reachable with the configured credentials, then start the application "
						+ "again. To start without running migrations, set migrations.run-at=never.";
		return new FailureAnalysis(description.toString().trim(), action, cause);
	}

	private static void appendField(StringBuilder description, String name, String value) {
		if (value != null) {
			description.append("\n    ").append(name).append(": ").append(value);
		}
	}

}
