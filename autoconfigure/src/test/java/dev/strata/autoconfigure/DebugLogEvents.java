package dev.strata.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * The DEBUG events of some loggers, kept in memory for a test to assert on: started once
 * Spring Boot has set logging up (which drops the appenders added before), stopped after
 * the test, which gives the loggers back their configured levels.
 */
final class DebugLogEvents {

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private final List<Logger> listened = new ArrayList<>();

	/**
	 * Keep the DEBUG events of the named loggers from now on.
	 * @param loggerNames the loggers
	 */
	void listen(String... loggerNames) {
		this.appender.start();
		for (String name : loggerNames) {
			Logger logger = (Logger) LoggerFactory.getLogger(name);
			logger.setLevel(Level.DEBUG);
			logger.addAppender(this.appender);
			this.listened.add(logger);
		}
	}

	/**
	 * Stop keeping events, and give the loggers back their configured levels.
	 */
	void stop() {
		for (Logger logger : this.listened) {
			logger.detachAppender(this.appender);
			logger.setLevel(null);
		}
		this.listened.clear();
	}

	/**
	 * Return the events kept so far, in order (a live view: {@link #clear()} empties it).
	 * @return the events
	 */
	List<ILoggingEvent> events() {
		return this.appender.list;
	}

	/**
	 * Return the messages of the events kept so far, in order.
	 * @return the formatted messages
	 */
	List<String> messages() {
		return this.appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
	}

	/**
	 * Forget the events kept so far.
	 */
	void clear() {
		this.appender.list.clear();
	}

}
