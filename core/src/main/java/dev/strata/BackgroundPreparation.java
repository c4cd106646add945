package dev.strata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work that a later call will need on a daemon thread of its own, so that it
 * overlaps with whatever the caller does meanwhile (the rest of an application's start).
 * The work must be safe to do again: a failure here is only logged (debug), and the call
 * that needs the result does the work again and reports the failure itself.
 */
final class BackgroundPreparation {

	private static final Logger logger = LoggerFactory.getLogger(BackgroundPreparation.class);

	private BackgroundPreparation() {
	}

	/**
	 * Start work on a new daemon thread.
	 * @param name the thread's name
	 * @param work the work
	 * @return the thread, started
	 */
	static Thread start(String name, Runnable work) {
		Thread thread = new Thread(() -> {
			try {
				work.run();
			}
			catch (RuntimeException | LinkageError ex) {
				logger.debug("Preparing in the background ({}) failed; the call that needs it tries again", name, ex);
			}
		}, name);
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

}
