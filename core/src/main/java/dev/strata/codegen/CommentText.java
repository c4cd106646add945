package dev.strata.codegen;

import java.util.Arrays;
import java.util.List;

/**
 * Makes free text, such as a warning, safe inside a Java comment: it can neither end the
 * comment early nor form a Unicode escape that {@code javac} would translate.
 */
final class CommentText {

	private CommentText() {
	}

	/**
	 * Return the text as the lines of {@code //} comments: one per line of text, with
	 * backslashes doubled and control characters replaced by spaces.
	 * @param text the text
	 * @return the lines, without the {@code //}
	 */
	static List<String> lineComment(String text) {
		return Arrays.stream(text.split("\\R", -1))
			.map((line) -> withoutControls(line.replace("\\", "\\\\")).stripTrailing())
			.toList();
	}

	/**
	 * Return the text for a Javadoc comment, on one line, with HTML, block tags, the end
	 * of the comment and backslashes escaped.
	 * @param text the text
	 * @return the escaped text
	 */
	static String javadoc(String text) {
		String escaped = text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("@", "&#64;")
			.replace("\\", "&#92;")
			.replace("*/", "*&#47;");
		return withoutControls(escaped.replaceAll("\\R", " ")).strip();
	}

	private static String withoutControls(String text) {
		StringBuilder result = new StringBuilder(text.length());
		text.chars().forEach((c) -> result.append(Character.isISOControl(c) && c != '\t' ? ' ' : (char) c));
		return result.toString();
	}

}
