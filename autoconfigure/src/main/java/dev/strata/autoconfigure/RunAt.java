package dev.strata.autoconfigure;

/**
 * When an application runs its pending migrations.
 */
public enum RunAt {

	/**
	 * When the application is ready ({@code ApplicationReadyEvent}); readiness stays
	 * {@code REFUSING_TRAFFIC} until the migrations are done.
	 */
	READY,

	/**
	 * While the context starts, before JPA, so that Hibernate's {@code ddl-auto=validate}
	 * sees the migrated schema.
	 */
	STARTUP,

	/**
	 * Never: the endpoint and health indicator only report.
	 */
	NEVER

}
