package dev.strata.autoconfigure;

import javax.sql.DataSource;

import dev.strata.HistoryCheckAhead;
import dev.strata.Strata;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A check of the history made before the application context refreshed, on a daemon
 * thread of its own ({@value #THREAD_NAME}), through a plain connection with the login
 * that the properties give the migrations ({@link EarlyHistoryCheckStarter} starts it):
 * logging in and asking whether the history is up to date then overlaps with the refresh,
 * instead of starting when the Strata bean is created, late in it. The Strata bean is
 * given the check only if its data source connects with the same login (see
 * {@link ExpectedLogin}); its first run uses the answer only if the check asked its own
 * question (same history table, same migrations), and at most 10 seconds after the check
 * started.
 */
final class EarlyHistoryCheck {

	/** The name of the singleton under which the starter registers the check. */
	static final String BEAN_NAME = "dev.strata.autoconfigure.earlyHistoryCheck";

	/** The name of the thread that checks. */
	static final String THREAD_NAME = "strata-check";

	private static final Logger logger = LoggerFactory.getLogger(EarlyHistoryCheck.class);

	private final ExpectedLogin login;

	private final HistoryCheckAhead check;

	private EarlyHistoryCheck(ExpectedLogin login, HistoryCheckAhead check) {
		this.login = login;
		this.check = check;
	}

	/**
	 * Start checking the history.
	 * @param login the login the check connects with
	 * @param strata Strata for a data source that connects with that login
	 * @return the check, under way
	 */
	static EarlyHistoryCheck start(MigrationsLogin login, Strata strata) {
		HistoryCheckAhead check = strata.historyCheckAhead();
		Thread thread = new Thread(check, THREAD_NAME);
		thread.setDaemon(true);
		thread.start();
		return new EarlyHistoryCheck(new ExpectedLogin(login), check);
	}

	/**
	 * Return the check if a data source connects with the login the check used.
	 * @param dataSource the data source the Strata bean migrates
	 * @return the check, or {@code null}
	 */
	@Nullable HistoryCheckAhead checkFor(DataSource dataSource) {
		if (this.login.isLoginOf(dataSource)) {
			logger.debug(
					"The history is checked early with the login {}, as {} connects: the first run may end with its answer",
					this.login, dataSource);
			return this.check;
		}
		logger.debug(
				"The history was checked early with the login {}, which is not how {} connects: the run checks for itself",
				this.login, dataSource);
		return null;
	}

}
