package dev.strata.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.strata.dialect.Dialect;
import dev.strata.model.SchemaSnapshot;
import dev.strata.operation.DropColumn;
import dev.strata.operation.DropSequence;
import dev.strata.operation.DropTable;
import dev.strata.operation.InvalidOperationException;
import dev.strata.operation.OperationInverter;
import dev.strata.operation.SchemaOperation;
import dev.strata.operation.SnapshotProjector;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Undoes what a failed transaction executed, on a database whose DDL is not transactional
 * (each DDL statement commits): runs the {@linkplain OperationInverter inverse} of each
 * executed operation, last first. It stops at the first operation that cannot be undone
 * (raw SQL) or whose inverse fails, and reports exactly which statements stay applied.
 */
final class Compensator {

	private static final Logger logger = LoggerFactory.getLogger(MigrationRunner.class);

	private final Dialect dialect;

	Compensator(Dialect dialect) {
		this.dialect = dialect;
	}

	/**
	 * Undo executed operations.
	 * @param connection the connection, in auto-commit mode
	 * @param executed the operations that ran, in the order they ran
	 * @return what was undone and what stays applied
	 */
	Result undo(Connection connection, List<ExecutedOperation> executed) {
		List<String> undone = new ArrayList<>();
		List<String> dataLost = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			for (int i = executed.size() - 1; i >= 0; i--) {
				ExecutedOperation operation = executed.get(i);
				if (operation.executed() == 0) {
					continue;
				}
				String failure = undo(statement, operation, undone, dataLost);
				if (failure != null) {
					return new Result(undone, stillApplied(executed.subList(0, i + 1)), failure, dataLost);
				}
			}
		}
		catch (SQLException ex) {
			return new Result(undone, stillApplied(executed), "could not create a statement: " + ex.getMessage(),
					dataLost);
		}
		return new Result(undone, List.of(), null, dataLost);
	}

	private @Nullable String undo(Statement statement, ExecutedOperation executed, List<String> undone,
			List<String> dataLost) {
		SchemaOperation operation = executed.operation().operation();
		SchemaSnapshot before = executed.operation().before();
		Optional<List<SchemaOperation>> inverse = OperationInverter.inverse(operation, before);
		if (inverse.isEmpty()) {
			return "raw SQL cannot be undone automatically";
		}
		SchemaSnapshot schema = SnapshotProjector.apply(before, operation);
		for (SchemaOperation step : inverse.get()) {
			List<String> statements;
			try {
				statements = this.dialect.statements(step, schema);
				schema = SnapshotProjector.apply(schema, step);
			}
			catch (InvalidOperationException ex) {
				return "cannot derive how to undo it: " + ex.getMessage();
			}
			for (String sql : statements) {
				try {
					statement.execute(sql);
					undone.add(sql);
					logger.debug("Undid [{}] with [{}]", executed.migration().className(), sql);
				}
				catch (SQLException ex) {
					return "undoing it with [" + SecretRedactor.redact(sql) + "] failed: " + ex.getMessage();
				}
			}
		}
		if (operation instanceof DropTable drop && before.hasTable(drop.table())) {
			dataLost.add("the rows of table [" + drop.table() + "]");
		}
		else if (operation instanceof DropColumn drop) {
			dataLost.add("the values of column [" + drop.column() + "] of table [" + drop.table() + "]");
		}
		else if (operation instanceof DropSequence drop) {
			dataLost.add("the current value of sequence [" + drop.name() + "]");
		}
		return null;
	}

	private static List<String> stillApplied(List<ExecutedOperation> executed) {
		List<String> statements = new ArrayList<>();
		for (ExecutedOperation operation : executed) {
			for (String sql : operation.statements()) {
				statements.add("[" + operation.migration().className() + "] " + SecretRedactor.redact(sql));
			}
		}
		return statements;
	}

	/**
	 * What compensation achieved.
	 *
	 * @param undone the statements run to undo, in order
	 * @param stillApplied the statements that stay applied, each prefixed with its
	 * migration, in the order they ran; empty if everything was undone
	 * @param failure why compensation stopped, {@code null} if it completed
	 * @param dataLost the data that undoing a drop could not bring back
	 */
	record Result(List<String> undone, List<String> stillApplied, @Nullable String failure, List<String> dataLost) {

		Result {
			undone = List.copyOf(undone);
			stillApplied = List.copyOf(stillApplied);
			dataLost = List.copyOf(dataLost);
		}

		boolean isComplete() {
			return this.failure == null;
		}

	}

}
