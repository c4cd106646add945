package dev.strata.codegen;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.strata.migration.Migration;
import dev.strata.migration.Schema;

/**
 * Writes the Java source of a {@link Migration} whose {@code up()} and {@code down()}
 * record exactly the given operations again, written the way a person writes the DSL: one
 * call per line, the most specific column method, modifiers instead of table-level calls
 * where they give the same operations, and {@code .name(...)} only where a name is not
 * the one the DSL gives.
 * <p>
 * The class is named {@code V00000003_AddUserNickname} after the version and the
 * description, implements {@link Migration}, and is indented with four spaces. Its
 * Javadoc calls it a candidate to review, summarises what it does and lists every
 * warning; warnings about one operation also appear as {@code // WARNING:} comments right
 * above the statement that records it.
 * <p>
 * When {@link MigrationSource#downOperations()} is empty, the class has no {@code down()}
 * and its Javadoc says so: as {@link Migration#down} documents, Strata then derives the
 * inverse of {@code up()} itself.
 * <p>
 * What cannot come back exactly, because the DSL cannot express it:
 * <ul>
 * <li>a key, constraint or index without a name comes back with the DSL's conventional
 * name ({@code users_pkey}, {@code users_email_key}...), the name PostgreSQL would give
 * it;</li>
 * <li>a check declared on a column comes back as a table-level check when the column is
 * not defined in the same block (or, in {@code schema.create}, when checks on columns are
 * not in column order), with a warning;</li>
 * <li>a default expression with blanks around it comes back trimmed;</li>
 * <li>an auto-incremented column of a non-integer type loses its auto-increment, with a
 * warning.</li>
 * </ul>
 */
public final class JavaMigrationWriter {

	private static final ClassName SCHEMA = ClassName.get(Schema.class);

	private static final String INDENT = "    ";

	/**
	 * Write a migration class.
	 * @param source the operations and how to name the class
	 * @return the source and its warnings
	 */
	public GeneratedMigration write(MigrationSource source) {
		String className = MigrationClassName.of(source.version(), source.description());
		MethodBodyBuilder up = MigrationBodyWriter.write(source.upOperations());
		boolean hasDown = !source.downOperations().isEmpty();
		MethodBodyBuilder down = MigrationBodyWriter.write(source.downOperations());
		Set<String> warnings = new LinkedHashSet<>(source.warnings());
		// the warnings of down() stay beside its statements: they concern undoing, not
		// applying
		warnings.addAll(up.warnings());
		TypeSpec.Builder type = TypeSpec.classBuilder(className)
			.addModifiers(Modifier.PUBLIC, Modifier.FINAL)
			.addSuperinterface(Migration.class)
			.addJavadoc(
					MigrationJavadoc.write(source.description(), source.upOperations(), hasDown, List.copyOf(warnings)))
			.addMethod(method("up", up.code()));
		if (hasDown) {
			type.addMethod(method("down", down.code()));
		}
		JavaFile file = JavaFile.builder(source.packageName(), type.build())
			.indent(INDENT)
			.skipJavaLangImports(true)
			.build();
		return new GeneratedMigration(source.version(), className, source.packageName(), className + ".java",
				file.toString(), List.copyOf(warnings));
	}

	private static MethodSpec method(String name, CodeBlock body) {
		return MethodSpec.methodBuilder(name)
			.addAnnotation(Override.class)
			.addModifiers(Modifier.PUBLIC)
			.addParameter(SCHEMA, "schema")
			.addCode(body)
			.build();
	}

}
