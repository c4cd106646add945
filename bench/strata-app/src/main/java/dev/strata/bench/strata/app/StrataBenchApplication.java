package dev.strata.bench.strata.app;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import dev.strata.bench.support.StartupProbe;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/**
 * A non-web application whose only work at startup is Strata's: the benchmark times
 * {@code SpringApplication.run} with Strata enabled and disabled. Its package holds no
 * migration, so that component scanning does not read the migrations.
 * <p>
 * With {@code bench.connect-only=true} (and Strata disabled) it only opens the first
 * connection when the application is ready and runs one query: the floor that every
 * migration tool pays in this app (starting the connection pool, loading the JDBC driver,
 * logging in).
 */
@SpringBootApplication
public class StrataBenchApplication {

	public static void main(String[] args) {
		StartupProbe.run(StrataBenchApplication.class, args, (context, measures) -> {
		});
	}

	@Bean
	@ConditionalOnBooleanProperty("bench.connect-only")
	ApplicationListener<ApplicationReadyEvent> connectOnly(ObjectProvider<DataSource> dataSource) {
		return (event) -> {
			try (Connection connection = dataSource.getObject().getConnection();
					Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("select 1")) {
				result.next();
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		};
	}

}
