package dev.strata.dialect.postgresql;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EnumCheckParserTests {

	@Test
	void readsTheFormPostgresReportsForInOnVarchar() {
		assertThat(EnumCheckParser.values(
				"((status)::text = ANY ((ARRAY['DRAFT'::character varying, 'PUBLISHED'::character varying])::text[]))",
				"status"))
			.contains(List.of("DRAFT", "PUBLISHED"));
	}

	@Test
	void readsInListAndSingleValue() {
		assertThat(EnumCheckParser.values("status in ('A','B')", "status")).contains(List.of("A", "B"));
		assertThat(EnumCheckParser.values("((status)::text = 'A'::text)", "status")).contains(List.of("A"));
	}

	@Test
	void readsQuotedColumnsAndEscapedQuotes() {
		assertThat(EnumCheckParser.values("((\"Status\")::text = ANY ((ARRAY['it''s'::character varying])::text[]))",
				"Status"))
			.contains(List.of("it's"));
	}

	@Test
	void rejectsOtherConditions() {
		assertThat(EnumCheckParser.values("(((st)::text = 'X'::text) OR ((st)::text = 'Y'::text))", "st")).isEmpty();
		assertThat(EnumCheckParser.values("((st)::text <> 'X'::text)", "st")).isEmpty();
		assertThat(EnumCheckParser.values("((other)::text = 'X'::text)", "st")).isEmpty();
		assertThat(EnumCheckParser.values("((st2)::text = 'X'::text)", "st")).isEmpty();
		assertThat(EnumCheckParser.values("(length((st)::text) > 2)", "st")).isEmpty();
		assertThat(
				EnumCheckParser.values("((st)::text = ANY ((ARRAY['A'::character varying])::text[])) AND true", "st"))
			.isEmpty();
	}

}
