package dev.strata.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import dev.strata.operation.AlterSequence;
import dev.strata.operation.CreateSequence;
import dev.strata.operation.DropSequence;
import dev.strata.operation.DropTable;
import dev.strata.operation.InvalidOperationException;
import dev.strata.operation.RawSql;
import dev.strata.operation.RenameSequence;
import dev.strata.operation.RenameTable;
import dev.strata.operation.SchemaOperation;

/**
 * The schema builder a migration's {@code up} and {@code down} receive. Each call records
 * operations, in order; nothing touches a database.
 *
 * <pre class="code">
 * schema.create("blogs", (table) -&gt; {
 *     table.increments("id");
 *     table.string("title");
 *     table.integer("user_id").unsigned();
 *     table.foreign("user_id").references("id").on("users");
 *     table.timestamps();
 * });
 * </pre>
 */
public final class Schema {

	private final List<SchemaOperation> operations = new ArrayList<>();

	/**
	 * Create a table.
	 * @param table the table name
	 * @param definition defines the columns, keys and constraints
	 */
	public void create(String table, Consumer<Blueprint> definition) {
		Blueprint blueprint = new Blueprint(Blueprint.name(table, "create", table), true);
		Objects.requireNonNull(definition, "'definition' must not be null").accept(blueprint);
		this.operations.addAll(BlueprintOperations.of(blueprint));
	}

	/**
	 * Change an existing table: add, change, rename and drop columns, keys and
	 * constraints.
	 * @param table the table name
	 * @param definition defines the changes
	 */
	public void table(String table, Consumer<Blueprint> definition) {
		Blueprint blueprint = new Blueprint(Blueprint.name(table, "table", table), false);
		Objects.requireNonNull(definition, "'definition' must not be null").accept(blueprint);
		this.operations.addAll(BlueprintOperations.of(blueprint));
	}

	/**
	 * Drop a table.
	 * @param table the table name
	 */
	public void drop(String table) {
		this.operations.add(new DropTable(Blueprint.name(table, "drop", table), false));
	}

	/**
	 * Drop a table if it exists.
	 * @param table the table name
	 */
	public void dropIfExists(String table) {
		this.operations.add(new DropTable(Blueprint.name(table, "dropIfExists", table), true));
	}

	/**
	 * Rename a table.
	 * @param from the current name
	 * @param to the new name
	 */
	public void rename(String from, String to) {
		this.operations.add(new RenameTable(Blueprint.name(from, "rename", from), Blueprint.name(from, "rename", to)));
	}

	/**
	 * Create a sequence that starts at 1 and increments by 1.
	 * @param name the sequence name
	 */
	public void createSequence(String name) {
		createSequence(name, (sequence) -> {
		});
	}

	/**
	 * Create a sequence.
	 * @param name the sequence name
	 * @param definition sets the start and increment
	 */
	public void createSequence(String name, Consumer<SequenceDefinition> definition) {
		SequenceDefinition sequence = new SequenceDefinition(sequenceName(name));
		definition.accept(sequence);
		this.operations.add(new CreateSequence(sequence.toSequence()));
	}

	/**
	 * Change how much a sequence increments by, keeping its current value (what a changed
	 * {@code allocationSize} needs; recreating the sequence would restart it).
	 * @param name the sequence name
	 * @param incrementBy the new increment
	 */
	public void alterSequence(String name, long incrementBy) {
		this.operations.add(new AlterSequence(sequenceName(name), incrementBy));
	}

	/**
	 * Rename a sequence, keeping its value.
	 * @param from the current name
	 * @param to the new name
	 */
	public void renameSequence(String from, String to) {
		this.operations.add(new RenameSequence(sequenceName(from), sequenceName(to)));
	}

	/**
	 * Drop a sequence.
	 * @param name the sequence name
	 */
	public void dropSequence(String name) {
		this.operations.add(new DropSequence(sequenceName(name)));
	}

	/**
	 * Run SQL as written, for what the builder cannot express (data changes, views,
	 * functions). Strata cannot see inside it: the schema it replays from the migrations
	 * does not include its effect, which generate and validate point out, and it cannot
	 * be rolled back without a {@code down}.
	 * @param sql one SQL statement
	 */
	public void sql(String sql) {
		if (sql == null || sql.isBlank()) {
			throw new InvalidOperationException(null, null, "sql() was given an empty statement");
		}
		this.operations.add(new RawSql(sql));
	}

	/**
	 * Return the operations recorded so far, in order.
	 * @return the operations
	 */
	public List<SchemaOperation> operations() {
		return List.copyOf(this.operations);
	}

	private static String sequenceName(String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidOperationException(null, null, "A sequence needs a name");
		}
		return name;
	}

}
