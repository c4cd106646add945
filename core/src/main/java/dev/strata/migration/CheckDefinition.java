package dev.strata.migration;

import org.jspecify.annotations.Nullable;

/**
 * A table-level check constraint being defined in a {@link Blueprint}, whose name can be
 * chosen: {@code table.check("price >= 0").name("products_price_positive")}.
 */
public final class CheckDefinition {

	private final String table;

	private final String expression;

	private @Nullable String name;

	CheckDefinition(String table, String expression) {
		this.table = table;
		this.expression = expression;
	}

	/**
	 * Name the constraint.
	 * @param name the name
	 * @return this definition
	 */
	public CheckDefinition name(String name) {
		this.name = Blueprint.name(this.table, "name", name);
		return this;
	}

	String expression() {
		return this.expression;
	}

	@Nullable String explicitName() {
		return this.name;
	}

}
