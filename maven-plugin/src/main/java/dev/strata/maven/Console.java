package dev.strata.maven;

/**
 * Where a goal reports: progress and warnings go to the build log, results (a listing,
 * SQL, a version number) to standard output, so that {@code ./mvnw -q} prints only them
 * and scripts can capture them.
 */
interface Console {

	/**
	 * Report progress.
	 * @param message the message
	 */
	void info(String message);

	/**
	 * Report something the user should check.
	 * @param message the message
	 */
	void warn(String message);

	/**
	 * Print a result line.
	 * @param line the line
	 */
	void result(String line);

}
