package dev.strata.demo.migrations;

import java.util.ArrayList;
import java.util.List;

import dev.strata.MigrationWalk;
import dev.strata.migration.Migration;
import dev.strata.testing.TestH2;
import dev.strata.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every migration of the demo walks up, down and up again, giving the same catalog at
 * each step, on both databases the demo runs on.
 */
class DemoMigrationsWalkTests {

	@Test
	void everyMigrationRollsBackOnH2() {
		MigrationWalk.assertReversible(TestH2.newDatabase(), demoMigrations());
	}

	@Test
	void everyMigrationRollsBackOnPostgres() {
		MigrationWalk.assertReversible(TestPostgres.newDatabase(), demoMigrations());
	}

	private static List<Migration> demoMigrations() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(Migration.class));
		List<Migration> migrations = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("dev.strata.demo.migrations")) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
			migrations.add((Migration) BeanUtils.instantiateClass(type));
		}
		assertThat(migrations).hasSizeGreaterThanOrEqualTo(3);
		return migrations;
	}

}
