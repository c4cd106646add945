package dev.strata.actuate.endpoint;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.strata.Generation;
import dev.strata.Strata;
import dev.strata.Validation;
import dev.strata.ValidationProblem;
import dev.strata.codegen.GeneratedMigration;
import dev.strata.diff.Renames;
import dev.strata.dialect.LockTimeoutException;
import dev.strata.runner.MigrateResult;
import dev.strata.runner.MigrationException;
import dev.strata.runner.MigrationStatus;
import dev.strata.runner.MigrationStatusReport;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

/**
 * The {@code migrations} endpoint: {@code GET /actuator/migrations} lists the history,
 * {@code GET /actuator/migrations/generate} hands out the source of the next migration,
 * {@code GET /actuator/migrations/validate} lists every difference between the entities,
 * the migrations and the database. It only reads, unless
 * {@code migrations.endpoint.write-operations=true} lets
 * {@code POST /actuator/migrations} apply the pending migrations.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

	private static final int STATUS_FORBIDDEN = 403;

	private final Strata strata;

	private final boolean writeOperations;

	/**
	 * Create an endpoint that only reads.
	 * @param strata the migrations to report on
	 */
	public MigrationsEndpoint(Strata strata) {
		this(strata, false);
	}

	/**
	 * Create an endpoint.
	 * @param strata the migrations to report on
	 * @param writeOperations whether {@code POST /actuator/migrations} may apply the
	 * pending migrations ({@code migrations.endpoint.write-operations})
	 */
	public MigrationsEndpoint(Strata strata, boolean writeOperations) {
		this.strata = strata;
		this.writeOperations = writeOperations;
	}

	/**
	 * List the migrations with their state.
	 * @return the history
	 */
	@ReadOperation
	public MigrationsDescriptor migrations() {
		MigrationStatusReport report = this.strata.status();
		return new MigrationsDescriptor(report.currentVersion(),
				report.migrations().stream().map(MigrationDescriptor::of).toList());
	}

	/**
	 * Apply the pending migrations, when
	 * {@code migrations.endpoint.write-operations=true}; refused otherwise.
	 * @return what was applied, or why nothing was
	 */
	@WriteOperation
	public WebEndpointResponse<Object> migrate() {
		if (!this.writeOperations) {
			return error("The migrations endpoint only reads: set migrations.endpoint.write-operations=true, "
					+ "and secure the endpoint, to apply migrations through it", STATUS_FORBIDDEN);
		}
		try {
			MigrateResult result = this.strata.migrate();
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("applied", result.applied().stream().map((migration) -> migration.version()).toList());
			body.put("currentVersion", result.currentVersion());
			return new WebEndpointResponse<>(body);
		}
		catch (MigrationException | LockTimeoutException ex) {
			return error(ex.getMessage(), WebEndpointResponse.STATUS_INTERNAL_SERVER_ERROR);
		}
	}

	/**
	 * Generate the next migration, or validate.
	 * @param operation {@code generate} or {@code validate}
	 * @param name for {@code generate}: what the migration does, in words
	 * @param renames for {@code generate}: confirmed renames, {@code table.old:new} or
	 * {@code old_table:new_table}, separated by commas
	 * @return the generated migration or the validation result
	 */
	@ReadOperation
	public WebEndpointResponse<Object> operation(@Selector String operation, @Nullable String name,
			@Nullable String renames) {
		return switch (operation) {
			case "generate" -> generate(name, renames);
			case "validate" -> new WebEndpointResponse<>(validate());
			default -> new WebEndpointResponse<>(Map.of("error", "Unknown operation [" + operation
					+ "]: use /actuator/migrations, /actuator/migrations/generate or /actuator/migrations/validate"),
					WebEndpointResponse.STATUS_NOT_FOUND);
		};
	}

	private WebEndpointResponse<Object> generate(@Nullable String name, @Nullable String renames) {
		Renames confirmed;
		try {
			confirmed = (renames != null) ? Renames.parse(renames) : Renames.none();
		}
		catch (IllegalArgumentException ex) {
			return error(ex.getMessage(), WebEndpointResponse.STATUS_BAD_REQUEST);
		}
		Generation generation;
		try {
			generation = this.strata.generate(name, confirmed);
		}
		catch (IllegalArgumentException ex) {
			return error(ex.getMessage(), WebEndpointResponse.STATUS_BAD_REQUEST);
		}
		catch (IllegalStateException ex) {
			return error(ex.getMessage(), WebEndpointResponse.STATUS_SERVICE_UNAVAILABLE);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		GeneratedMigration migration = generation.migration();
		body.put("upToDate", migration == null);
		if (migration != null) {
			body.put("version", migration.version());
			body.put("className", migration.className());
			body.put("packageName", migration.packageName());
			body.put("fileName", migration.fileName());
			body.put("source", migration.source());
		}
		if (migration != null || !generation.warnings().isEmpty()) {
			body.put("warnings", generation.warnings());
		}
		return new WebEndpointResponse<>(body);
	}

	private ValidationDescriptor validate() {
		Validation validation = this.strata.validate();
		return new ValidationDescriptor(validation.valid(),
				validation.problems().stream().map(DifferenceDescriptor::of).toList(), validation.notices());
	}

	private static WebEndpointResponse<Object> error(@Nullable String message, int status) {
		return new WebEndpointResponse<>(Map.of("error", String.valueOf(message)), status);
	}

	/**
	 * The history of the migrations. {@code currentVersion} is always in the JSON, also
	 * when it is {@code null} (the endpoints' JSON leaves other {@code null} values out),
	 * so that a client can rely on the key, as it can in the health details.
	 *
	 * @param currentVersion the highest applied version, {@code null} if none
	 * @param migrations every migration, in version order
	 */
	public record MigrationsDescriptor(@JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long currentVersion,
			List<MigrationDescriptor> migrations) implements OperationResponseBody {

	}

	/**
	 * One migration.
	 *
	 * @param version the version
	 * @param description the description
	 * @param className the class's simple name
	 * @param state {@code APPLIED}, {@code PENDING}, {@code FAILED}, {@code MISSING} or
	 * {@code CHANGED}
	 * @param appliedAt when it was applied (or failed), {@code null} if pending
	 * @param checksum the checksum of its operations
	 * @param executionMs how long it took, {@code null} if not applied
	 * @param installedBy who applied it, {@code null} if not applied
	 * @param errorMessage why it failed, {@code null} unless {@code FAILED}
	 */
	public record MigrationDescriptor(long version, String description, String className, String state,
			@Nullable Instant appliedAt, @Nullable String checksum, @Nullable Long executionMs,
			@Nullable String installedBy, @Nullable String errorMessage) {

		static MigrationDescriptor of(MigrationStatus status) {
			return new MigrationDescriptor(status.version(), status.description(), status.className(),
					status.state().name(), status.appliedAt(), status.checksum(), status.executionMs(),
					status.installedBy(), status.errorMessage());
		}

	}

	/**
	 * The result of validation.
	 *
	 * @param valid whether nothing is wrong
	 * @param differences every problem found
	 * @param notices what validation could not check
	 */
	public record ValidationDescriptor(boolean valid, List<DifferenceDescriptor> differences,
			List<String> notices) implements OperationResponseBody {

	}

	/**
	 * One problem found by validation.
	 *
	 * @param source {@code MIGRATIONS} (the migrations against the entities),
	 * {@code DATABASE} (the database against the entities) or {@code HISTORY}
	 * @param table the table, {@code null} if none
	 * @param column the column, {@code null} if none
	 * @param kind what kind of difference, for example {@code MISSING_COLUMN}
	 * @param message the difference in words
	 * @param version the migration concerned, {@code null} if none
	 */
	public record DifferenceDescriptor(String source, @Nullable String table, @Nullable String column, String kind,
			String message, @Nullable Long version) {

		static DifferenceDescriptor of(ValidationProblem problem) {
			return new DifferenceDescriptor(problem.source().name(), problem.table(), problem.column(), problem.kind(),
					problem.message(), problem.version());
		}

	}

}
