package dev.strata.codegen;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationClassNameTests {

	@Test
	void versionHasEightDigitsAndDescriptionIsUpperCamelCase() {
		assertThat(MigrationClassName.of(3, "add user nickname")).isEqualTo("V00000003_AddUserNickname");
	}

	@Test
	void longerVersionsKeepAllTheirDigits() {
		assertThat(MigrationClassName.of(123_456_789_012L, "x")).isEqualTo("V123456789012_X");
	}

	@Test
	void charactersOtherThanLettersAndDigitsSeparateWords() {
		assertThat(MigrationClassName.of(1, "  add-user_nickname (v2)! ")).isEqualTo("V00000001_AddUserNicknameV2");
	}

	@Test
	void restOfEachWordIsKeptAsWritten() {
		assertThat(MigrationClassName.of(1, "add HTTP statusCode")).isEqualTo("V00000001_AddHTTPStatusCode");
	}

	@Test
	void accentsAreDropped() {
		assertThat(MigrationClassName.of(1, "café crème")).isEqualTo("V00000001_CafeCreme");
	}

	@Test
	void descriptionWithoutLettersOrDigitsGivesMigration() {
		assertThat(MigrationClassName.of(2, " ☃ -- ")).isEqualTo("V00000002_Migration");
		assertThat(MigrationClassName.of(2, "")).isEqualTo("V00000002_Migration");
	}

}
