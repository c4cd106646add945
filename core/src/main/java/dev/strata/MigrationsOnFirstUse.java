package dev.strata;

import java.util.Objects;
import java.util.function.Supplier;

import dev.strata.runner.MigrationSet;
import org.jspecify.annotations.Nullable;

/**
 * The migration set of a {@link Strata}, built on first use (from its instances and the
 * classes found then, finding them reads class files; or taken from a set built
 * elsewhere). Built once: a thread that needs it while another builds it waits for that
 * one. A failed build is not kept; the next use builds again and sees the failure itself.
 */
final class MigrationsOnFirstUse {

	private final Supplier<MigrationSet> builder;

	private @Nullable MigrationSet built;

	MigrationsOnFirstUse(Supplier<MigrationSet> builder) {
		this.builder = builder;
	}

	synchronized MigrationSet get() {
		MigrationSet set = this.built;
		if (set == null) {
			set = Objects.requireNonNull(this.builder.get(), "No migration set was given");
			this.built = set;
		}
		return set;
	}

}
