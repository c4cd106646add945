package dev.strata.autoconfigure.exit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * An application started in a JVM of its own by the exit-after-run tests, as a deploy
 * step starts the application's jar.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ExitAfterRunApplication {

	public static void main(String[] args) {
		SpringApplication.run(ExitAfterRunApplication.class, args);
		System.out.println("The application kept running after its migrations");
	}

}
