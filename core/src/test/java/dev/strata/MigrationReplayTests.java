package dev.strata;

import java.util.List;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;
import dev.strata.runner.MigrationResolver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationReplayTests {

	@Test
	void rawSqlThatChangesOnlyDataIsNotPointedOut() {
		MigrationReplay replay = MigrationReplay
			.of(MigrationResolver.resolve(List.of(new V1_CreateIdTable(), new V2_CreateView())));
		assertThat(replay.notices()).containsExactly("Migration [V2_CreateView] runs 1 raw SQL statement(s) other "
				+ "than data changes, whose effect Strata cannot replay; if they change the schema, review this "
				+ "comparison by hand.");
		assertThat(replay.schema().table("id_gen")).isPresent();
	}

	static final class V1_CreateIdTable implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("id_gen", (table) -> {
				table.string("name", 50).primary();
				table.bigInteger("next_val");
			});
			schema.sql("insert into id_gen (name, next_val) values ('orders', 1)");
			schema.sql("  UPDATE id_gen set next_val = 2");
		}

	}

	static final class V2_CreateView implements Migration {

		@Override
		public void up(Schema schema) {
			schema.sql("create view orders_view as select * from id_gen");
			schema.sql("delete from id_gen where name = 'none'");
		}

	}

}
