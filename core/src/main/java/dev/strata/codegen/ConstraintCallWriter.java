package dev.strata.codegen;

import java.util.List;

import com.palantir.javapoet.CodeBlock;
import dev.strata.model.CheckConstraint;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.PrimaryKey;
import dev.strata.model.ReferentialAction;
import dev.strata.model.UniqueConstraint;
import dev.strata.operation.ConstraintNaming;
import org.jspecify.annotations.Nullable;

/**
 * Writes the table-level DSL calls for keys, indexes and constraints inside one
 * {@code schema.create} or {@code schema.table} block, such as
 * {@code table.foreign("user_id").references("id").on("users").onDelete("cascade")}.
 * <p>
 * {@code .name(...)} is written only when the name differs from the one the DSL would
 * give ({@link ConstraintNaming}); a {@code null} name is written as no name, so it comes
 * back as the conventional one. Unnamed table-level checks are numbered in the order of
 * their block, so one writer serves one block.
 */
final class ConstraintCallWriter {

	private final String table;

	private final @Nullable List<String> columns;

	ConstraintCallWriter(String table, @Nullable List<String> columns) {
		this.columns = columns;
		this.table = table;
	}

	CodeBlock primary(PrimaryKey key) {
		return CodeBlock.builder()
			.add("table.primary($L)", JavaLiterals.strings(key.columns()))
			.add(name(key.name(), ConstraintNaming.primaryKey(this.table)))
			.build();
	}

	CodeBlock unique(UniqueConstraint unique) {
		return CodeBlock.builder()
			.add("table.unique($L)", JavaLiterals.strings(unique.columns()))
			.add(name(unique.name(), ConstraintNaming.unique(this.table, unique.columns())))
			.build();
	}

	CodeBlock index(Index index) {
		return CodeBlock.builder()
			.add("table.$L($L)", index.unique() ? "uniqueIndex" : "index", JavaLiterals.strings(index.columns()))
			.add(name(index.name(), ConstraintNaming.index(this.table, index.columns())))
			.build();
	}

	CodeBlock foreign(ForeignKey foreignKey) {
		CodeBlock.Builder call = CodeBlock.builder()
			.add("table.foreign($L)", JavaLiterals.strings(foreignKey.columns()))
			.add(".references($L)", JavaLiterals.strings(foreignKey.referencedColumns()))
			.add(".on($L)", JavaLiterals.string(foreignKey.referencedTable()));
		if (foreignKey.onDelete() != ReferentialAction.NO_ACTION) {
			call.add(".onDelete($L)", JavaLiterals.string(foreignKey.onDelete().sql()));
		}
		if (foreignKey.onUpdate() != ReferentialAction.NO_ACTION) {
			call.add(".onUpdate($L)", JavaLiterals.string(foreignKey.onUpdate().sql()));
		}
		return call.add(name(foreignKey.name(), ConstraintNaming.foreignKey(this.table, foreignKey.columns()))).build();
	}

	/**
	 * Write a table-level check. Call it for the block's table-level checks in the order
	 * they are written.
	 * @param check the check
	 * @return the call
	 */
	CodeBlock check(CheckConstraint check) {
		String conventional = ConstraintNaming.check(this.table, check.expression(), this.columns);
		CodeBlock name = name(check.name(), conventional);
		return CodeBlock.builder().add("table.check($L)", JavaLiterals.string(check.expression())).add(name).build();
	}

	/**
	 * Return whether a name is the one the DSL gives, or none.
	 * @param name the name
	 * @param conventional the DSL's name
	 * @return whether the DSL call needs no {@code .name(...)}
	 */
	static boolean isConventional(@Nullable String name, String conventional) {
		return name == null || name.equals(conventional);
	}

	private static CodeBlock name(@Nullable String name, String conventional) {
		return isConventional(name, conventional) ? CodeBlock.of("")
				: CodeBlock.of(".name($L)", JavaLiterals.string(name));
	}

}
