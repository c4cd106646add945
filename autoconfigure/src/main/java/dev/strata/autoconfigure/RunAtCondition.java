package dev.strata.autoconfigure;

import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when migrations run at a given moment. {@code migrations.run-at} decides; when
 * it is not set, migrations run when the application is ready, unless Hibernate is told
 * to validate the schema ({@code spring.jpa.hibernate.ddl-auto=validate}): then they run
 * at startup, before JPA, since validation could only fail otherwise.
 */
abstract class RunAtCondition extends SpringBootCondition {

	private final RunAt runAt;

	RunAtCondition(RunAt runAt) {
		this.runAt = runAt;
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		RunAt effective = effective(context.getEnvironment());
		String message = "migrations run at " + effective.name().toLowerCase(Locale.ROOT);
		return (effective == this.runAt) ? ConditionOutcome.match(message) : ConditionOutcome.noMatch(message);
	}

	static RunAt effective(Environment environment) {
		String configured = environment.getProperty("migrations.run-at");
		if (configured != null && !configured.isBlank()) {
			return RunAt.valueOf(configured.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		String ddlAuto = environment.getProperty("spring.jpa.hibernate.ddl-auto", "");
		return "validate".equalsIgnoreCase(ddlAuto.trim()) ? RunAt.STARTUP : RunAt.READY;
	}

	/**
	 * Matches when migrations run while the context starts.
	 */
	static final class AtStartup extends RunAtCondition {

		AtStartup() {
			super(RunAt.STARTUP);
		}

	}

	/**
	 * Matches when migrations run once the application is ready.
	 */
	static final class WhenReady extends RunAtCondition {

		WhenReady() {
			super(RunAt.READY);
		}

	}

}
