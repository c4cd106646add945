package dev.strata.runner;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import dev.strata.dialect.postgresql.PostgresDialect;
import dev.strata.migration.Migration;
import dev.strata.model.SchemaSnapshot;
import dev.strata.operation.SchemaOperation;
import dev.strata.operation.SnapshotProjector;
import dev.strata.testing.TestPostgres;
import org.junit.jupiter.api.Test;

class ScratchPerfTests {

	@Test
	void breakdown() throws Exception {
		for (int round = 0; round < 3; round++) {
			List<Migration> migrations = GeneratedMigrations.create(1 + round * 1000, 1000);
			long t0 = System.nanoTime();
			List<ResolvedMigration> resolved = MigrationResolver.resolve(migrations);
			long t1 = System.nanoTime();
			SchemaSnapshot s = SchemaSnapshot.empty();
			PostgresDialect dialect = new PostgresDialect();
			List<String> sql = new java.util.ArrayList<>();
			for (ResolvedMigration m : resolved) {
				for (SchemaOperation op : m.operations()) {
					sql.addAll(dialect.statements(op, s));
					s = SnapshotProjector.apply(s, op);
				}
			}
			long t2 = System.nanoTime();
			SchemaSnapshot s2 = SchemaSnapshot.empty();
			long p0 = System.nanoTime();
			for (ResolvedMigration m : resolved) {
				for (SchemaOperation op : m.operations()) {
					s2 = SnapshotProjector.apply(s2, op);
				}
			}
			long p1 = System.nanoTime();
			for (ResolvedMigration m : resolved) {
				for (SchemaOperation op : m.operations()) {
					dialect.statements(op, SchemaSnapshot.empty());
				}
			}
			long p2 = System.nanoTime();
			System.out.printf("project %d ms, render %d ms%n", (p1 - p0) / 1000000, (p2 - p1) / 1000000);
			DataSource ds = TestPostgres.newDatabase();
			long t3 = System.nanoTime();
			try (Connection c = ds.getConnection()) {
				c.setAutoCommit(false);
				try (Statement st = c.createStatement()) {
					for (String q : sql) {
						st.execute(q);
					}
				}
				c.commit();
			}
			long t4 = System.nanoTime();
			DataSource ds2 = TestPostgres.newDatabase();
			long t5 = System.nanoTime();
			try (Connection c = ds2.getConnection()) {
				c.setAutoCommit(false);
				try (Statement st = c.createStatement()) {
					for (String q : sql) {
						st.addBatch(q);
					}
					st.executeBatch();
				}
				c.commit();
			}
			long t6 = System.nanoTime();
			DataSource ds3 = TestPostgres.newDatabase();
			long t7 = System.nanoTime();
			new MigrationRunner(ds3, migrations, RunnerSettings.defaults()).migrate();
			long t8 = System.nanoTime();
			System.out.printf("resolve %d ms, plan %d ms, execute %d ms, batch %d ms, runner %d ms (%s)%n",
					(t1 - t0) / 1000000, (t2 - t1) / 1000000, (t4 - t3) / 1000000, (t6 - t5) / 1000000,
					(t8 - t7) / 1000000, sql.get(0));
		}
	}

}
