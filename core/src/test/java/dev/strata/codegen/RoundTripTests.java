package dev.strata.codegen;

import dev.strata.testing.InMemoryJavaCompiler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.strata.migration.Migration;
import dev.strata.migration.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generates a class for each case, compiles them all in memory with {@code -Xlint:all} (a
 * warning fails), runs them, and compares what {@code up()} and {@code down()} record
 * with the operations they were written from.
 */
class RoundTripTests {

	private static final List<RoundTripCase> CASES = allCases();

	private static final Map<String, GeneratedMigration> generated = new HashMap<>();

	private static Map<String, Migration> migrations = Map.of();

	@BeforeAll
	static void compileEveryCase() {
		JavaMigrationWriter writer = new JavaMigrationWriter();
		for (int i = 0; i < CASES.size(); i++) {
			generated.put(CASES.get(i).name(), writer.write(CASES.get(i).source(i + 1)));
		}
		migrations = InMemoryJavaCompiler.compile(List.copyOf(generated.values()));
	}

	static Stream<RoundTripCase> cases() {
		return CASES.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void upRecordsTheOperationsAgain(RoundTripCase roundTrip) {
		Schema schema = new Schema();
		migration(roundTrip).up(schema);
		assertThat(schema.operations()).as(() -> source(roundTrip)).isEqualTo(roundTrip.expectedUp());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void downRecordsTheOperationsAgain(RoundTripCase roundTrip) {
		Schema schema = new Schema();
		migration(roundTrip).down(schema);
		assertThat(schema.operations()).as(() -> source(roundTrip)).isEqualTo(roundTrip.expectedDown());
	}

	private static Migration migration(RoundTripCase roundTrip) {
		return migrations.get(InMemoryJavaCompiler.qualifiedName(generated.get(roundTrip.name())));
	}

	private static String source(RoundTripCase roundTrip) {
		return generated.get(roundTrip.name()).source();
	}

	private static List<RoundTripCase> allCases() {
		List<RoundTripCase> cases = new ArrayList<>(DslRoundTripCases.all());
		cases.addAll(ModelRoundTripCases.all());
		return cases;
	}

}
