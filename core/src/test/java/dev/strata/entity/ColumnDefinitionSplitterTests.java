package dev.strata.entity;

import java.util.Optional;

import dev.strata.entity.ColumnDefinitionSplitter.Definition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnDefinitionSplitterTests {

	@Test
	void aPlainTypeIsTheWholeDefinition() {
		assertThat(ColumnDefinitionSplitter.split("timestamp(6) with time zone"))
			.contains(new Definition("timestamp(6) with time zone", null, false));
		assertThat(ColumnDefinitionSplitter.split("enum ('default','not null')"))
			.contains(new Definition("enum ('default','not null')", null, false));
	}

	@Test
	void splitsOffADefaultAndNotNull() {
		assertThat(ColumnDefinitionSplitter.split("varchar(20) default 'x'"))
			.contains(new Definition("varchar(20)", "'x'", false));
		assertThat(ColumnDefinitionSplitter.split("numeric(10,2) DEFAULT (1 + 2) NOT NULL"))
			.contains(new Definition("numeric(10,2)", "(1 + 2)", true));
		assertThat(ColumnDefinitionSplitter.split("text not null default 'it''s null'"))
			.contains(new Definition("text", "'it''s null'", true));
		assertThat(ColumnDefinitionSplitter.split("timestamp default current_timestamp"))
			.contains(new Definition("timestamp", "current_timestamp", false));
	}

	@Test
	void keepsADefinitionWithOtherClausesWhole() {
		assertThat(ColumnDefinitionSplitter.split("varchar(10) check (x <> '')")).isEmpty();
		assertThat(ColumnDefinitionSplitter.split("integer not null unique")).isEqualTo(Optional.empty());
		assertThat(ColumnDefinitionSplitter.split("bigint generated always as identity")).isEmpty();
		assertThat(ColumnDefinitionSplitter.split("varchar(10) null")).isEmpty();
		assertThat(ColumnDefinitionSplitter.split("default 1")).isEmpty();
	}

}
