package dev.strata.migration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MigrationNameTests {

	@ParameterizedTest
	@CsvSource({ "V00000001_CreateBlogsTable, 1, create blogs table", "V1_CreateBlogsTable, 1, create blogs table",
			"V00000003_add_user_nickname, 3, add user nickname", "V20240101_AddV2Api, 20240101, add v2 api",
			"V7_ParseHTTPHeader, 7, parse http header", "V0042_Add_Column2, 42, add column2",
			"V9_Version2Upgrade, 9, version2 upgrade", "V5_X, 5, x" })
	void parsesVersionAndDescriptionFromClassName(String className, long version, String description) {
		MigrationName name = MigrationName.parse(className);
		assertThat(name.version()).isEqualTo(version);
		assertThat(name.description()).isEqualTo(description);
		assertThat(name.className()).isEqualTo(className);
	}

	@ParameterizedTest
	@CsvSource({ "CreateBlogsTable", "V_CreateBlogs", "V1CreateBlogs", "v1_CreateBlogs", "V1_", "V1__",
			"V12345678901234567890_TooLong", "V1_Has-Dash" })
	void rejectsNamesThatAreNotMigrationNames(String className) {
		assertThatIllegalArgumentException().isThrownBy(() -> MigrationName.parse(className))
			.withMessageContaining("[" + className + "]")
			.withMessageContaining("V<version>_<Description>");
	}

	@Test
	void writesEightDigitClassNameInUpperCamelCase() {
		MigrationName name = MigrationName.of(3, "add user nickname");
		assertThat(name.className()).isEqualTo("V00000003_AddUserNickname");
		assertThat(name.fileName()).isEqualTo("V00000003_AddUserNickname.java");
		assertThat(name.description()).isEqualTo("add user nickname");
	}

	@Test
	void writesNormalizedDescriptionFromPunctuatedOrCamelCaseInput() {
		MigrationName name = MigrationName.of(12, "  Add user's  nickname, v2API ");
		assertThat(name.className()).isEqualTo("V00000012_AddUserSNicknameV2Api");
		assertThat(name.description()).isEqualTo("add user s nickname v2 api");
	}

	@Test
	void writesVersionsWiderThanEightDigitsInFull() {
		assertThat(MigrationName.of(2024010112L, "init").className()).isEqualTo("V2024010112_Init");
	}

	@ParameterizedTest
	@CsvSource({ "add v2 api", "parse http header", "create blogs table", "2fa setup" })
	void readingAWrittenNameGivesBackTheDescription(String description) {
		MigrationName written = MigrationName.of(5, description);
		MigrationName read = MigrationName.parse(written.className());
		assertThat(read).isEqualTo(written);
	}

	@Test
	void dropsAccents() {
		assertThat(MigrationName.of(4, "add café menu").className()).isEqualTo("V00000004_AddCafeMenu");
	}

	@Test
	void namesADescriptionWithoutLettersMigration() {
		MigrationName name = MigrationName.of(6, " -- ");
		assertThat(name.className()).isEqualTo("V00000006_Migration");
		assertThat(name.description()).isEqualTo("migration");
	}

	@Test
	void rejectsNegativeVersion() {
		assertThatIllegalArgumentException().isThrownBy(() -> MigrationName.of(-1, "x")).withMessageContaining("-1");
	}

}
