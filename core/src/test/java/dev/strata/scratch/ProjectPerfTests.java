package dev.strata.scratch;

import java.util.ArrayList;
import java.util.List;

import dev.strata.migration.Schema;
import dev.strata.model.SchemaSnapshot;
import dev.strata.operation.SchemaOperation;
import dev.strata.operation.SnapshotProjector;
import org.junit.jupiter.api.Test;

class ProjectPerfTests {

	@Test
	void project() {
		for (int n : new int[] { 1000, 1000, 1000, 2000, 4000 }) {
			List<SchemaOperation> ops = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				Schema schema = new Schema();
				int k = i;
				schema.create("t" + k, (table) -> {
					table.increments("id");
					table.string("name");
					table.timestamps();
				});
				ops.addAll(schema.operations());
			}
			long start = System.nanoTime();
			SchemaSnapshot s = SchemaSnapshot.empty();
			for (SchemaOperation op : ops) {
				s = SnapshotProjector.apply(s, op);
			}
			System.out.printf("%d creates projected in %d ms%n", n, (System.nanoTime() - start) / 1_000_000);
		}
	}

}
