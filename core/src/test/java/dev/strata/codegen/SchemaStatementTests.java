package dev.strata.codegen;

import dev.strata.model.Sequence;
import dev.strata.operation.AlterSequence;
import dev.strata.operation.CreateSequence;
import dev.strata.operation.DropSequence;
import dev.strata.operation.DropTable;
import dev.strata.operation.RawSql;
import dev.strata.operation.RenameTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact statement written for operations on the schema itself.
 */
class SchemaStatementTests {

	@Test
	void dropTable() {
		assertThat(GeneratedBodies.up(new DropTable("blogs", false))).isEqualTo("schema.drop(\"blogs\");");
	}

	@Test
	void dropTableIfExists() {
		assertThat(GeneratedBodies.up(new DropTable("blogs", true))).isEqualTo("schema.dropIfExists(\"blogs\");");
	}

	@Test
	void renameTable() {
		assertThat(GeneratedBodies.up(new RenameTable("blogs", "posts")))
			.isEqualTo("schema.rename(\"blogs\", \"posts\");");
	}

	@Test
	void sequenceWithDefaultsHasNoDefinition() {
		assertThat(GeneratedBodies.up(new CreateSequence(new Sequence("seq", 1, 1))))
			.isEqualTo("schema.createSequence(\"seq\");");
	}

	@Test
	void sequenceWritesOnlyWhatDiffersFromTheDefaults() {
		assertThat(GeneratedBodies.up(new CreateSequence(new Sequence("a", 1, 50)),
				new CreateSequence(new Sequence("b", 100, 1)),
				new CreateSequence(new Sequence("c", 5_000_000_000L, -1))))
			.isEqualTo("""
					schema.createSequence("a", (sequence) -> sequence.incrementBy(50));
					schema.createSequence("b", (sequence) -> sequence.startWith(100));
					schema.createSequence("c", (sequence) -> sequence.startWith(5000000000L).incrementBy(-1));""");
	}

	@Test
	void alterSequence() {
		assertThat(GeneratedBodies.up(new AlterSequence("seq", 10))).isEqualTo("schema.alterSequence(\"seq\", 10);");
	}

	@Test
	void dropSequence() {
		assertThat(GeneratedBodies.up(new DropSequence("seq"))).isEqualTo("schema.dropSequence(\"seq\");");
	}

	@Test
	void oneLineSqlIsAString() {
		assertThat(GeneratedBodies.up(new RawSql("update users set name = 'x' where note = \"q\" and p ~ '\\d'")))
			.isEqualTo("schema.sql(\"update users set name = 'x' where note = \\\"q\\\" and p ~ '\\\\d'\");");
	}

	@Test
	void multiLineSqlIsATextBlock() {
		assertThat(GeneratedBodies.up(new RawSql("create view v as\n  select \"a\\b\"\n\nfrom t\n"))).isEqualTo("""
				schema.sql(\"""
				        create view v as
				          select "a\\\\b"

				        from t
				        \""");""");
	}

	@Test
	void textBlockWithoutFinalLineBreakEndsWithALineContinuation() {
		assertThat(GeneratedBodies.up(new RawSql("select 1\nfrom dual"))).isEqualTo("""
				schema.sql(\"""
				        select 1
				        from dual\\
				        \""");""");
	}

	@Test
	void textBlockEscapesEveryThirdQuoteInARow() {
		assertThat(GeneratedBodies.up(new RawSql("select '\"\"\"\"'\n"))).isEqualTo("""
				schema.sql(\"""
				        select '""\\""'
				        \""");""");
	}

	@Test
	void multiLineSqlWithTrailingBlanksIsJoinedStrings() {
		assertThat(GeneratedBodies.up(new RawSql("select 1  \nfrom dual\r\n"))).isEqualTo("""
				schema.sql("select 1  \\n"
				        + "from dual\\r\\n");""");
	}

	@Test
	void controlCharactersAreOctalEscapes() {
		assertThat(GeneratedBodies.up(new RawSql("select '\u0001'"))).isEqualTo("schema.sql(\"select '\\001'\");");
	}

}
