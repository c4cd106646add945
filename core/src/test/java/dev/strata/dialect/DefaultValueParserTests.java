package dev.strata.dialect;

import dev.strata.model.DefaultValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultValueParserTests {

	@Test
	void quotedStringWithOrWithoutCastIsStringLiteral() {
		assertThat(DefaultValueParser.parse("'abc'::character varying")).isEqualTo(DefaultValue.literal("abc"));
		assertThat(DefaultValueParser.parse("'abc'")).isEqualTo(DefaultValue.literal("abc"));
		assertThat(DefaultValueParser.parse("'it''s'::text")).isEqualTo(DefaultValue.literal("it's"));
		assertThat(DefaultValueParser.parse("'a::b'")).isEqualTo(DefaultValue.literal("a::b"));
		assertThat(DefaultValueParser.parse("'2020-01-01'::date")).isEqualTo(DefaultValue.literal("2020-01-01"));
	}

	@Test
	void numberInAnySpellingIsNumericLiteral() {
		assertThat(DefaultValueParser.parse("42")).isEqualTo(DefaultValue.literal(42));
		assertThat(DefaultValueParser.parse("-1")).isEqualTo(DefaultValue.literal(-1));
		assertThat(DefaultValueParser.parse("(-1)")).isEqualTo(DefaultValue.literal(-1));
		assertThat(DefaultValueParser.parse("'-1'::integer")).isEqualTo(DefaultValue.literal(-1));
		assertThat(DefaultValueParser.parse("'-2.5'::numeric")).isEqualTo(DefaultValue.literal(-2.5));
		assertThat(DefaultValueParser.parse("(0)::numeric")).isEqualTo(DefaultValue.literal(0));
		assertThat(DefaultValueParser.parse("'10000000000'::numeric").text()).isEqualTo("10000000000");
	}

	@Test
	void quotedNumberWithoutNumericCastStaysString() {
		assertThat(DefaultValueParser.parse("'42'")).isEqualTo(DefaultValue.literal("42"));
		assertThat(DefaultValueParser.parse("'42'::character varying")).isEqualTo(DefaultValue.literal("42"));
	}

	@Test
	void trueAndFalseInAnyCaseAreBooleanLiterals() {
		assertThat(DefaultValueParser.parse("true")).isEqualTo(DefaultValue.literal(true));
		assertThat(DefaultValueParser.parse("FALSE")).isEqualTo(DefaultValue.literal(false));
	}

	@Test
	void nullOrNothingIsNoDefault() {
		assertThat(DefaultValueParser.parse(null)).isNull();
		assertThat(DefaultValueParser.parse(" ")).isNull();
		assertThat(DefaultValueParser.parse("NULL")).isNull();
		assertThat(DefaultValueParser.parse("NULL::character varying")).isNull();
	}

	@Test
	void anythingElseIsExpressionAsReported() {
		assertThat(DefaultValueParser.parse("now()")).isEqualTo(DefaultValue.expression("now()"));
		assertThat(DefaultValueParser.parse("CURRENT_TIMESTAMP"))
			.isEqualTo(DefaultValue.expression("CURRENT_TIMESTAMP"));
		assertThat(DefaultValueParser.parse("(1 + 2)")).isEqualTo(DefaultValue.expression("(1 + 2)"));
		assertThat(DefaultValueParser.parse("nextval('x_seq'::regclass)"))
			.isEqualTo(DefaultValue.expression("nextval('x_seq'::regclass)"));
		assertThat(DefaultValueParser.parse("now()::date")).isEqualTo(DefaultValue.expression("now()::date"));
		assertThat(DefaultValueParser.parse("('a') || ('b')")).isEqualTo(DefaultValue.expression("('a') || ('b')"));
	}

}
