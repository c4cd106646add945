package dev.strata.operation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.strata.model.Identifiers;
import org.jspecify.annotations.Nullable;

/**
 * Which constraint or index a drop means, as a migration author wrote it: one argument
 * that is the name of an existing object selects it by name; otherwise the arguments are
 * its columns, in order (Laravel's {@code dropForeign(['user_id'])}).
 *
 * @param nameOrColumns the name, or the columns
 */
public record ConstraintSelector(List<String> nameOrColumns) {

	public ConstraintSelector {
		nameOrColumns = List.copyOf(nameOrColumns);
		if (nameOrColumns.isEmpty()) {
			throw new IllegalArgumentException("Name the constraint, or list its columns");
		}
	}

	/**
	 * Return a selector by name.
	 * @param name the name
	 * @return the selector
	 */
	public static ConstraintSelector named(String name) {
		return new ConstraintSelector(List.of(name));
	}

	/**
	 * Find the selected object among the candidates.
	 * @param <T> the kind of object
	 * @param candidates the candidates
	 * @param name how to get a candidate's name
	 * @param columns how to get a candidate's columns
	 * @return the selected object, if any matches
	 */
	public <T> Optional<T> find(List<T> candidates, Function<T, @Nullable String> name,
			Function<T, List<String>> columns) {
		if (this.nameOrColumns.size() == 1) {
			for (T candidate : candidates) {
				String candidateName = name.apply(candidate);
				if (candidateName != null && Identifiers.same(candidateName, this.nameOrColumns.get(0))) {
					return Optional.of(candidate);
				}
			}
		}
		return candidates.stream()
			.filter((candidate) -> Identifiers.same(columns.apply(candidate), this.nameOrColumns))
			.findFirst();
	}

	@Override
	public String toString() {
		return (this.nameOrColumns.size() == 1) ? this.nameOrColumns.get(0) : this.nameOrColumns.toString();
	}

}
