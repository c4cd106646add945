package dev.strata;

import java.util.Collection;
import java.util.function.Supplier;

import dev.strata.migration.Migration;
import dev.strata.runner.MigrationClass;
import dev.strata.runner.MigrationSet;
import org.jspecify.annotations.Nullable;

/**
 * The migration set of a {@link Strata}, built on first use from its instances and the
 * classes found then (finding them reads class files). Built once: a thread that needs it
 * while another builds it waits for that one. A failed build is not kept; the next use
 * builds again and sees the failure itself.
 */
final class MigrationsOnFirstUse {

	private final Collection<? extends Migration> instances;

	private final Supplier<? extends Collection<MigrationClass>> classes;

	private @Nullable MigrationSet built;

	MigrationsOnFirstUse(Collection<? extends Migration> instances,
			Supplier<? extends Collection<MigrationClass>> classes) {
		this.instances = instances;
		this.classes = classes;
	}

	synchronized MigrationSet get() {
		MigrationSet set = this.built;
		if (set == null) {
			set = MigrationSet.of(this.instances, this.classes.get());
			this.built = set;
		}
		return set;
	}

}
