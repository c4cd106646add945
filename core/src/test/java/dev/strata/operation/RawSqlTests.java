package dev.strata.operation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RawSqlTests {

	@Test
	void singleDataStatementsAreDataStatements() {
		assertThat(new RawSql("insert into tags (name) values ('a')").isDataStatement()).isTrue();
		assertThat(new RawSql("  UPDATE tags set name = 'b';").isDataStatement()).isTrue();
		assertThat(new RawSql("/* note */ delete from tags where false").isDataStatement()).isTrue();
		assertThat(new RawSql("-- a comment\nselect setval('tags_seq', 100)").isDataStatement()).isTrue();
	}

	@Test
	void anythingThatMayChangeTheSchemaIsNot() {
		assertThat(new RawSql("update tags set name = 'a'; drop table tags").isDataStatement()).isFalse();
		assertThat(new RawSql("select * into tags_copy from tags").isDataStatement()).isFalse();
		assertThat(new RawSql("create view v as select 1").isDataStatement()).isFalse();
		assertThat(new RawSql("alter table tags add column x integer").isDataStatement()).isFalse();
		assertThat(new RawSql("with d as (delete from tags returning id) select count(*) from d").isDataStatement())
			.isFalse();
	}

}
