package dev.strata.migration;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a migration class and what it encodes: {@code V00000001_CreateBlogsTable}
 * is version 1, described as "create blogs table".
 * <p>
 * Reading a name: the version is the number after {@code V} (leading zeros stripped); the
 * rest is split into lower-case words at underscores and where the case changes: before
 * an upper-case letter that follows a lower-case letter or a digit, and before the last
 * upper-case letter of an acronym that a lower-case letter follows. Digits stay attached
 * to the word before them. So {@code AddUserNickname} is "add user nickname",
 * {@code add_user_nickname} too, {@code AddV2Api} is "add v2 api" and
 * {@code ParseHTTPHeader} is "parse http header".
 * <p>
 * Writing a name ({@link #of(long, String)}) does the reverse: eight digits (more if the
 * version needs them) and the words of the description in upper camel case, so that
 * reading the written name gives back the same version and description.
 *
 * @param version the version
 * @param description the description, in lower-case words
 * @param className the simple name of the class
 */
public record MigrationName(long version, String description, String className) {

	private static final Pattern CLASS_NAME = Pattern.compile("V([0-9]{1,18})_([A-Za-z0-9_]*[A-Za-z0-9][A-Za-z0-9_]*)");

	private static final String FALLBACK_DESCRIPTION = "migration";

	private static final String EXPECTED_FORM = "V<version>_<Description>, for example V00000001_CreateBlogsTable";

	public MigrationName {
		Objects.requireNonNull(description, "'description' must not be null");
		Objects.requireNonNull(className, "'className' must not be null");
		if (version < 0) {
			throw new IllegalArgumentException("A migration version must not be negative, was " + version);
		}
	}

	/**
	 * Read the version and description from the simple name of a migration class.
	 * @param className the simple class name, for example
	 * {@code V00000001_CreateBlogsTable}
	 * @return the name
	 * @throws IllegalArgumentException if the name does not have the form
	 * {@code V<version>_<Description>}
	 */
	public static MigrationName parse(String className) {
		Objects.requireNonNull(className, "'className' must not be null");
		Matcher matcher = CLASS_NAME.matcher(className);
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					"Migration class [" + className + "] is not named as a migration: rename it to " + EXPECTED_FORM
							+ " (V, the version number, an underscore, the description in camel case)");
		}
		long version = Long.parseLong(matcher.group(1));
		return new MigrationName(version, String.join(" ", words(matcher.group(2))), className);
	}

	/**
	 * Return the name of a new migration class. Accents are dropped ({@code café} gives
	 * {@code Cafe}), every character that is not an ASCII letter or digit separates
	 * words, and a description without any letter or digit becomes "migration".
	 * @param version the version
	 * @param description the description, in words separated by spaces or punctuation
	 * ("add user nickname")
	 * @return the name, for example {@code V00000003_AddUserNickname}
	 * @throws IllegalArgumentException if the version is negative
	 */
	public static MigrationName of(long version, String description) {
		Objects.requireNonNull(description, "'description' must not be null");
		if (version < 0) {
			throw new IllegalArgumentException("A migration version must not be negative, was " + version);
		}
		String ascii = Normalizer.normalize(description, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		List<String> words = new ArrayList<>();
		for (String part : ascii.split("[^A-Za-z0-9]+")) {
			words.addAll(words(part));
		}
		if (words.isEmpty()) {
			words.add(FALLBACK_DESCRIPTION);
		}
		StringBuilder className = new StringBuilder(String.format(Locale.ROOT, "V%08d_", version));
		for (String word : words) {
			className.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		return new MigrationName(version, String.join(" ", words), className.toString());
	}

	/**
	 * Return the name of the source file of the class.
	 * @return the class name with {@code .java}
	 */
	public String fileName() {
		return this.className + ".java";
	}

	/**
	 * Split an identifier into lower-case words, at underscores and case changes.
	 * @param identifier the identifier
	 * @return the words
	 */
	private static List<String> words(String identifier) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		int length = identifier.length();
		for (int i = 0; i < length; i++) {
			char current = identifier.charAt(i);
			if (current == '_') {
				flush(word, words);
				continue;
			}
			if (Character.isUpperCase(current) && i > 0 && !word.isEmpty()) {
				char previous = identifier.charAt(i - 1);
				boolean afterLowerOrDigit = Character.isLowerCase(previous) || Character.isDigit(previous);
				boolean endsAcronym = Character.isUpperCase(previous) && i + 1 < length
						&& Character.isLowerCase(identifier.charAt(i + 1));
				if (afterLowerOrDigit || endsAcronym) {
					flush(word, words);
				}
			}
			word.append(current);
		}
		flush(word, words);
		return words;
	}

	private static void flush(StringBuilder word, List<String> words) {
		if (!word.isEmpty()) {
			words.add(word.toString().toLowerCase(Locale.ROOT));
			word.setLength(0);
		}
	}

}
