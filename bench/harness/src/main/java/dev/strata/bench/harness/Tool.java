package dev.strata.bench.harness;

import java.util.List;

/**
 * A migration tool under test: its app and the properties that point it at a migration
 * set or switch it off.
 */
enum Tool {

	STRATA("Strata", "strata-app", "dev.strata.bench.strata.app.StrataBenchApplication") {

		@Override
		List<String> enabled(int size) {
			return List.of("--migrations.package=dev.strata.bench.strata.m" + size);
		}

		@Override
		List<String> disabled() {
			return List.of("--migrations.enabled=false");
		}

	},

	FLYWAY("Flyway", "flyway-app", "dev.strata.bench.flyway.app.FlywayBenchApplication") {

		@Override
		List<String> enabled(int size) {
			return List.of("--spring.flyway.locations=classpath:db/flyway/m" + size);
		}

		@Override
		List<String> disabled() {
			return List.of("--spring.flyway.enabled=false");
		}

	},

	LIQUIBASE("Liquibase", "liquibase-app", "dev.strata.bench.liquibase.app.LiquibaseBenchApplication") {

		@Override
		List<String> enabled(int size) {
			return List.of("--spring.liquibase.change-log=classpath:db/liquibase/m" + size + ".xml");
		}

		@Override
		List<String> disabled() {
			return List.of("--spring.liquibase.enabled=false");
		}

	};

	private final String displayName;

	private final String module;

	private final String mainClass;

	Tool(String displayName, String module, String mainClass) {
		this.displayName = displayName;
		this.module = module;
		this.mainClass = mainClass;
	}

	String displayName() {
		return this.displayName;
	}

	String module() {
		return this.module;
	}

	String mainClass() {
		return this.mainClass;
	}

	String database(String purpose) {
		return name().toLowerCase(java.util.Locale.ROOT) + "_" + purpose;
	}

	/**
	 * The arguments that run the tool with the migration set of the given size.
	 * @param size the number of migrations
	 * @return the arguments
	 */
	abstract List<String> enabled(int size);

	/**
	 * The arguments that switch the tool off.
	 * @return the arguments
	 */
	abstract List<String> disabled();

}
