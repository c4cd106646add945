package dev.strata.runner;

import java.util.List;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;
import dev.strata.operation.CreateTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MigrationResolverTests {

	@Test
	void resolvesInVersionOrderWithOperationsAndChecksum() {
		List<ResolvedMigration> resolved = MigrationResolver
			.resolve(List.of(new V00000002_AddNickname(), new V00000001_CreateUsers()));
		assertThat(resolved).extracting(ResolvedMigration::version).containsExactly(1L, 2L);
		ResolvedMigration first = resolved.get(0);
		assertThat(first.description()).isEqualTo("create users");
		assertThat(first.className()).isEqualTo("V00000001_CreateUsers");
		assertThat(first.qualifiedClassName()).isEqualTo(V00000001_CreateUsers.class.getName());
		assertThat(first.operations()).singleElement().isInstanceOf(CreateTable.class);
		assertThat(first.checksum()).hasSize(16).matches("[0-9a-f]{16}");
	}

	@Test
	void countsTheSameClassFoundTwiceOnce() {
		List<ResolvedMigration> resolved = MigrationResolver
			.resolve(List.of(new V00000001_CreateUsers(), new V00000001_CreateUsers()));
		assertThat(resolved).hasSize(1);
	}

	@Test
	void seesThroughProxySubclasses() {
		assertThat(MigrationResolver.userClass(V00000001_CreateUsers$$Proxy.class))
			.isEqualTo(V00000001_CreateUsers.class);
		List<ResolvedMigration> resolved = MigrationResolver
			.resolve(List.of(new V00000001_CreateUsers$$Proxy(), new V00000001_CreateUsers()));
		assertThat(resolved).singleElement()
			.satisfies((migration) -> assertThat(migration.className()).isEqualTo("V00000001_CreateUsers"));
	}

	@Test
	void rejectsTwoClassesWithTheSameVersionNamingBoth() {
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> MigrationResolver.resolve(List.of(new V00000002_AddNickname(), new V2_Other())))
			.withMessageContaining("[" + V00000002_AddNickname.class.getName() + "]")
			.withMessageContaining("[" + V2_Other.class.getName() + "]")
			.withMessageContaining("version [2]")
			.satisfies((ex) -> assertThat(ex.getVersion()).isEqualTo(2L));
	}

	@Test
	void rejectsClassNotNamedAsMigration() {
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> MigrationResolver.resolve(List.of(new CreateUsers())))
			.withMessageContaining("[" + CreateUsers.class.getName() + "]")
			.withMessageContaining("V00000001_CreateBlogsTable");
	}

	@Test
	void namesTheMigrationWhenUpThrows() {
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> MigrationResolver.resolve(List.of(new V00000001_CreateUsers(), new V3_Broken())))
			.withMessageContaining("Migration [V3_Broken] failed in up()")
			.withMessageContaining("boom")
			.satisfies((ex) -> {
				assertThat(ex.getMigration()).isEqualTo("V3_Broken");
				assertThat(ex.getVersion()).isEqualTo(3L);
				assertThat(ex.getCause()).isInstanceOf(IllegalStateException.class);
			});
	}

	@Test
	void namesTheMigrationTableAndColumnOfAnInvalidOperation() {
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> MigrationResolver.resolve(List.of(new V4_BadDecimal())))
			.withMessageStartingWith("Migration [V4_BadDecimal] (table [prices], column [amount]): ")
			.withMessageContaining("scale 5")
			.satisfies((ex) -> {
				assertThat(ex.getTable()).isEqualTo("prices");
				assertThat(ex.getColumn()).isEqualTo("amount");
			});
	}

	@Test
	void resolvesTenThousandMigrationsQuickly() {
		MigrationResolver.resolve(GeneratedMigrations.create(20_000, 1000));
		List<Migration> migrations = GeneratedMigrations.create(1, 10_000);
		long start = System.nanoTime();
		for (Migration migration : migrations) {
			migration.up(new Schema());
		}
		long firstCalls = (System.nanoTime() - start) / 1_000_000;
		start = System.nanoTime();
		List<ResolvedMigration> resolved = MigrationResolver.resolve(migrations);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("10,000 fresh migration classes: first up() calls (class linking, lambda bootstrap) %d ms, "
				+ "then resolve and checksum %d ms%n", firstCalls, millis);
		assertThat(resolved).hasSize(10_000);
		assertThat(resolved.get(9_999).version()).isEqualTo(10_000L);
		assertThat(millis).isLessThan(1000);
	}

	static class V00000001_CreateUsers implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("users", (table) -> {
				table.increments("id");
				table.string("email").unique();
			});
		}

	}

	static class V00000001_CreateUsers$$Proxy extends V00000001_CreateUsers {

	}

	static class V00000002_AddNickname implements Migration {

		@Override
		public void up(Schema schema) {
			schema.table("users", (table) -> table.string("nickname").nullable());
		}

	}

	static class V2_Other implements Migration {

		@Override
		public void up(Schema schema) {
		}

	}

	static class CreateUsers implements Migration {

		@Override
		public void up(Schema schema) {
		}

	}

	static class V3_Broken implements Migration {

		@Override
		public void up(Schema schema) {
			throw new IllegalStateException("boom");
		}

	}

	static class V4_BadDecimal implements Migration {

		@Override
		public void up(Schema schema) {
			schema.create("prices", (table) -> table.decimal("amount", 3, 5));
		}

	}

}
