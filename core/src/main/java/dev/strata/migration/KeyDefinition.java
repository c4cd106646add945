package dev.strata.migration;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A primary key, unique constraint or index being defined in a {@link Blueprint}, whose
 * name can be chosen: {@code table.unique("email").name("users_email_uk")}. Without a
 * name it gets PostgreSQL's conventional one ({@code users_email_key}).
 */
public final class KeyDefinition {

	private final String table;

	private final List<String> columns;

	private @Nullable String name;

	KeyDefinition(String table, List<String> columns) {
		this.table = table;
		this.columns = columns;
	}

	/**
	 * Name the constraint or index.
	 * @param name the name
	 * @return this definition
	 */
	public KeyDefinition name(String name) {
		this.name = Blueprint.name(this.table, "name", name);
		return this;
	}

	List<String> columns() {
		return this.columns;
	}

	@Nullable String explicitName() {
		return this.name;
	}

}
