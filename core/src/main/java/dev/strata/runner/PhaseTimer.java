package dev.strata.runner;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures the phases of a run (resolve, lock, history, plan, execute) for a debug log
 * line that shows where the time goes.
 */
final class PhaseTimer {

	private final long start = System.nanoTime();

	private long last = this.start;

	private final List<String> phases = new ArrayList<>();

	/**
	 * End the current phase.
	 * @param phase its name
	 */
	void mark(String phase) {
		long now = System.nanoTime();
		this.phases.add(phase + " " + (now - this.last) / 1_000_000 + " ms");
		this.last = now;
	}

	long totalMs() {
		return (System.nanoTime() - this.start) / 1_000_000;
	}

	@Override
	public String toString() {
		return String.join(", ", this.phases);
	}

}
