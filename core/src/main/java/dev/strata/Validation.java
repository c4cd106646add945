package dev.strata;

import java.util.List;

/**
 * The result of validation: every problem found, not only the first.
 *
 * @param problems the problems, empty when valid
 * @param notices what validation could not check (raw SQL in migrations, no entities)
 */
public record Validation(List<ValidationProblem> problems, List<String> notices) {

	public Validation {
		problems = List.copyOf(problems);
		notices = List.copyOf(notices);
	}

	/**
	 * Return whether nothing is wrong.
	 * @return whether there is no problem
	 */
	public boolean valid() {
		return this.problems.isEmpty();
	}

	/**
	 * Return the problems one comparison found.
	 * @param source the comparison
	 * @return its problems
	 */
	public List<ValidationProblem> from(ProblemSource source) {
		return this.problems.stream().filter((problem) -> problem.source() == source).toList();
	}

}
