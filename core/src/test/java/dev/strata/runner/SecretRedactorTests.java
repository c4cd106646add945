package dev.strata.runner;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretRedactorTests {

	@Test
	void hidesPasswordLiterals() {
		assertThat(SecretRedactor.redact("create user app password 'it''s secret' login"))
			.isEqualTo("create user app password '***' login");
		assertThat(SecretRedactor.redact("ALTER USER app WITH PASSWORD = 'x'"))
			.isEqualTo("ALTER USER app WITH PASSWORD = '***'");
		assertThat(SecretRedactor.redact("create user 'a'@'%' identified by \"pw\""))
			.isEqualTo("create user 'a'@'%' identified by '***'");
	}

	@Test
	void leavesOtherSqlAlone() {
		String sql = "insert into users (email, password_hash) values ('a@example.com', 'x')";
		assertThat(SecretRedactor.redact(sql)).isEqualTo(sql);
	}

}
