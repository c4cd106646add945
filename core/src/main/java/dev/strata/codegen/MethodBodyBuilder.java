package dev.strata.codegen;

import java.util.ArrayList;
import java.util.List;

import com.palantir.javapoet.CodeBlock;

/**
 * Collects the statements of {@code up()} or {@code down()}: one DSL call per line,
 * lambda blocks for {@code schema.create} and {@code schema.table}, and a
 * {@code // WARNING:} comment above every statement that has warnings, which it also
 * keeps, in order, for the class Javadoc.
 */
final class MethodBodyBuilder {

	private final CodeBlock.Builder code = CodeBlock.builder();

	private final List<String> warnings = new ArrayList<>();

	/**
	 * Add one statement.
	 * @param statement the statement, without the semicolon
	 * @param statementWarnings warnings to write above it
	 */
	void statement(CodeBlock statement, List<String> statementWarnings) {
		comments(statementWarnings);
		this.code.addStatement(statement);
	}

	/**
	 * Open a lambda block: the call, an arrow and an opening brace.
	 * @param call the call up to the lambda's parameter, such as
	 * {@code schema.create("blogs", (table)}
	 * @param blockWarnings warnings to write above it
	 */
	void openBlock(CodeBlock call, List<String> blockWarnings) {
		comments(blockWarnings);
		this.code.add("$L -> {\n$>", call);
	}

	/**
	 * Close the block opened last.
	 */
	void closeBlock() {
		this.code.add("$<});\n");
	}

	CodeBlock code() {
		return this.code.build();
	}

	List<String> warnings() {
		return List.copyOf(this.warnings);
	}

	private void comments(List<String> statementWarnings) {
		for (String warning : statementWarnings) {
			this.warnings.add(warning);
			List<String> lines = CommentText.lineComment(warning);
			this.code.add("// WARNING:$L\n", lines.get(0).isEmpty() ? "" : " " + lines.get(0));
			lines.subList(1, lines.size()).forEach((line) -> this.code.add("//$L\n", line.isEmpty() ? "" : " " + line));
		}
	}

}
