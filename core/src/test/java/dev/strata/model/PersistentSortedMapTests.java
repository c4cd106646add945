package dev.strata.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersistentSortedMapTests {

	@Test
	void behavesAsASortedMapThroughRandomPutsAndRemovesAndLeavesOlderVersionsIntact() {
		Random random = new Random(42);
		PersistentSortedMap<Integer> map = PersistentSortedMap.empty();
		TreeMap<String, Integer> expected = new TreeMap<>();
		List<PersistentSortedMap<Integer>> versions = new ArrayList<>();
		List<TreeMap<String, Integer>> expectedVersions = new ArrayList<>();
		for (int step = 0; step < 5_000; step++) {
			String key = "k" + random.nextInt(500);
			if (random.nextInt(3) == 0) {
				map = map.remove(key);
				expected.remove(key);
			}
			else {
				map = map.put(key, step);
				expected.put(key, step);
			}
			if (step % 500 == 0) {
				versions.add(map);
				expectedVersions.add(new TreeMap<>(expected));
			}
		}
		assertThat(map.values()).containsExactlyElementsOf(expected.values());
		assertThat(map.size()).isEqualTo(expected.size());
		for (int i = 0; i < versions.size(); i++) {
			assertThat(versions.get(i).values()).containsExactlyElementsOf(expectedVersions.get(i).values());
		}
		for (String key : List.of("k1", "k17", "k499", "missing")) {
			assertThat(map.get(key)).isEqualTo(expected.get(key));
		}
	}

	@Test
	void mapsWithTheSameEntriesAreEqualWhateverTheOrderOfInsertion() {
		PersistentSortedMap<String> ascending = PersistentSortedMap.empty();
		PersistentSortedMap<String> descending = PersistentSortedMap.empty();
		for (int i = 0; i < 100; i++) {
			ascending = ascending.put("k" + i, "v" + i);
			descending = descending.put("k" + (99 - i), "v" + (99 - i));
		}
		assertThat(ascending).isEqualTo(descending).hasSameHashCodeAs(descending);
		assertThat(ascending.put("k5", "other")).isNotEqualTo(descending);
	}

	@Test
	void staysBalancedSoThatTenThousandTablesReplayQuickly() {
		SchemaSnapshot snapshot = SchemaSnapshot.empty();
		long start = System.nanoTime();
		for (int i = 0; i < 10_000; i++) {
			snapshot = snapshot
				.withTable(Table.named("t" + i).withColumns(List.of(Column.of("id", ColumnType.of(TypeKind.BIGINT)))));
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(snapshot.tables()).hasSize(10_000);
		assertThat(snapshot.hasTable("T9999")).isTrue();
		assertThat(millis).as("10,000 tables added one snapshot at a time").isLessThan(2_000);
	}

}
