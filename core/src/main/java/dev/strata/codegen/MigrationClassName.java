package dev.strata.codegen;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names a generated migration class: {@code V}, the version in eight digits, an
 * underscore and the description in UpperCamelCase ({@code 3, "add user nickname"} gives
 * {@code V00000003_AddUserNickname}). Accents are dropped ({@code café} gives
 * {@code Cafe}), every other character that is not an ASCII letter or digit separates
 * words, and a description without any gives {@code Migration}.
 * <p>
 * Kept to this one job so that it can give way to the runner's parser of migration names,
 * which reads these names back.
 */
final class MigrationClassName {

	private static final String FALLBACK = "Migration";

	private MigrationClassName() {
	}

	static String of(long version, String description) {
		return String.format(Locale.ROOT, "V%08d_%s", version, upperCamelCase(description));
	}

	static String upperCamelCase(String description) {
		String ascii = Normalizer.normalize(description, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		StringBuilder name = new StringBuilder();
		for (String word : ascii.split("[^A-Za-z0-9]+")) {
			if (!word.isEmpty()) {
				name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
			}
		}
		return (name.length() > 0) ? name.toString() : FALLBACK;
	}

}
