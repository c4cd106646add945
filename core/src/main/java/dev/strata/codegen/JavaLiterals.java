package dev.strata.codegen;

import java.util.List;

import com.palantir.javapoet.CodeBlock;

/**
 * Writes Java literals for the values a migration carries: strings (one line, several
 * lines joined with {@code +}, or a text block for multi-line SQL), lists of strings as
 * arguments, and whole numbers.
 * <p>
 * A backslash is always doubled and control characters become octal escapes, so no text
 * ever forms a Unicode escape (a backslash, {@code u} and four hex digits) that
 * {@code javac} would translate before it reads the literal.
 */
final class JavaLiterals {

	private static final String TEXT_BLOCK_DELIMITER = "\"\"\"";

	private JavaLiterals() {
	}

	/**
	 * Return a string literal; a value with line breaks becomes one literal per line,
	 * joined with {@code +} on continuation lines.
	 * @param value the value
	 * @return the literal
	 */
	static CodeBlock string(String value) {
		StringBuilder literal = new StringBuilder("\"");
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			literal.append((c == '"') ? "\\\"" : escape(c));
			if (c == '\n' && i + 1 < value.length()) {
				literal.append("\"\n+ \"");
			}
		}
		return CodeBlock.of("$L", literal.append('"'));
	}

	/**
	 * Return a text block when the value spans lines and a text block can hold it exactly
	 * (no trailing blanks on a line, no control characters but tabs), or else a
	 * {@linkplain #string string literal}.
	 * @param value the value, typically SQL
	 * @return the literal
	 */
	static CodeBlock text(String value) {
		if (!fitsTextBlock(value)) {
			return string(value);
		}
		StringBuilder block = new StringBuilder(TEXT_BLOCK_DELIMITER).append('\n');
		int quotes = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"') {
				quotes++;
				// a third quote in a row would close the block
				block.append((quotes == 3) ? "\\\"" : "\"");
				quotes = (quotes == 3) ? 0 : quotes;
			}
			else {
				quotes = 0;
				block.append((c == '\\') ? "\\\\" : String.valueOf(c));
			}
		}
		// without a final line break, the last line ends with \ so that none is added
		block.append(value.endsWith("\n") ? "" : "\\\n").append(TEXT_BLOCK_DELIMITER);
		return CodeBlock.of("$L", block);
	}

	/**
	 * Return string literals separated by commas, as varargs.
	 * @param values the values
	 * @return the arguments
	 */
	static CodeBlock strings(List<String> values) {
		return values.stream().map(JavaLiterals::string).collect(CodeBlock.joining(", "));
	}

	/**
	 * Return a literal for a whole number: an {@code int} literal when it fits, a
	 * {@code long} one otherwise.
	 * @param value the value
	 * @return the literal
	 */
	static String wholeNumber(long value) {
		return (value == (int) value) ? Long.toString(value) : value + "L";
	}

	private static boolean fitsTextBlock(String value) {
		if (value.indexOf('\n') < 0) {
			return false;
		}
		for (String line : value.split("\n", -1)) {
			if (line.endsWith(" ") || line.endsWith("\t")) {
				return false;
			}
		}
		return value.chars().noneMatch((c) -> c != '\n' && c != '\t' && Character.isISOControl(c));
	}

	private static String escape(char c) {
		return switch (c) {
			case '\b' -> "\\b";
			case '\t' -> "\\t";
			case '\n' -> "\\n";
			case '\f' -> "\\f";
			case '\r' -> "\\r";
			case '\\' -> "\\\\";
			default -> Character.isISOControl(c) ? String.format("\\%03o", (int) c) : String.valueOf(c);
		};
	}

}
