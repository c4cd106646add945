package dev.strata.reliability;

import java.util.ArrayList;
import java.util.List;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;

/**
 * The migrations that the processes of the reliability tests apply: a small ledger built
 * in eight steps, with tables, keys, indexes, defaults and data, and a long migration.
 */
final class Workloads {

	/** The number of migrations of the ledger. */
	static final int LEDGER_SIZE = 8;

	private Workloads() {
	}

	/**
	 * Return a workload by name: {@code ledger} (versions 1 to 8), {@code ledger-long}
	 * (plus version 9, which sleeps a minute on PostgreSQL inside its transaction) or
	 * {@code ledger-fixed} (plus a version 9 that does the same without sleeping).
	 * @param name the name
	 * @return the migrations
	 */
	static List<Migration> named(String name) {
		List<Migration> migrations = new ArrayList<>(ledger());
		switch (name) {
			case "ledger" -> {
			}
			case "ledger-long" -> migrations.add(new Slow.V9_Backfill());
			case "ledger-fixed" -> migrations.add(new V9_Backfill());
			default -> throw new IllegalArgumentException("Unknown workload [" + name + "]");
		}
		return migrations;
	}

	/**
	 * Return the first migrations of the ledger.
	 * @param count how many
	 * @return the migrations, versions 1 to {@code count}
	 */
	static List<Migration> ledger(int count) {
		return ledger().subList(0, count);
	}

	static List<Migration> ledger() {
		return List.of(new V1_CreateAccounts(), new V2_CreateEntries(), new V3_SeedAccounts(), new V4_AddCurrency(),
				new V5_CreateAuditLog(), new V6_AddEntryNote(), new V7_CreateTags(), new V8_CreateEntryTags());
	}

	static final class V1_CreateAccounts implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("accounts", (table) -> {
				table.increments("id");
				table.string("name", 80).unique();
				table.decimal("balance", 12, 2).defaultValue(0);
			});
		}

	}

	static final class V2_CreateEntries implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("entries", (table) -> {
				table.bigIncrements("id");
				table.integer("account_id").index();
				table.foreign("account_id").references("id").on("accounts");
				table.decimal("amount", 12, 2);
				table.timestamp("booked_at").nullable();
			});
		}

	}

	static final class V3_SeedAccounts implements Migration {

		@Override
		public void up(Schema schema) {
			schema.sql("insert into accounts (name, balance) values ('alice', 10), ('bob', 20)");
		}

	}

	static final class V4_AddCurrency implements Migration {

		@Override
		public void up(Schema schema) {
			schema.table("accounts", (table) -> {
				table.string("currency", 3).defaultValue("EUR");
				table.index("name", "currency");
			});
		}

	}

	static final class V5_CreateAuditLog implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("audit_log", (table) -> {
				table.increments("id");
				table.text("message");
				table.string("actor", 40).nullable();
			});
		}

	}

	static final class V6_AddEntryNote implements Migration {

		@Override
		public void up(Schema schema) {
			schema.table("entries", (table) -> {
				table.string("note", 200).nullable();
				table.bool("cleared").defaultValue(false);
			});
		}

	}

	static final class V7_CreateTags implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("tags", (table) -> {
				table.increments("id");
				table.string("label", 40).unique();
			});
		}

	}

	static final class V8_CreateEntryTags implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("entry_tags", (table) -> {
				table.bigInteger("entry_id");
				table.integer("tag_id");
				table.primary("entry_id", "tag_id");
				table.foreign("entry_id").references("id").on("entries");
				table.foreign("tag_id").references("id").on("tags");
			});
		}

	}

	/**
	 * The fixed version 9: creates and fills a table.
	 */
	static final class V9_Backfill implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("backfill", (table) -> {
				table.increments("id");
				table.string("source", 40);
			});
			schema.sql("insert into backfill (source) select name from accounts");
		}

	}

	static final class Slow {

		private Slow() {
		}

		/**
		 * Version 9 as first written: the same, then a statement that runs for a minute,
		 * holding the locks of the uncommitted transaction.
		 */
		static final class V9_Backfill implements Migration {

			@Override
			public void up(Schema schema) {
				schema.create("backfill", (table) -> {
					table.increments("id");
					table.string("source", 40);
				});
				schema.sql("insert into backfill (source) select name from accounts");
				schema.sql("select pg_sleep(60)");
			}

		}

	}

}
