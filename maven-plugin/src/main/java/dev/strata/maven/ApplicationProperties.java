package dev.strata.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A project's Spring Boot configuration as the goals see it:
 * {@code application.properties} and {@code application.yml} (and {@code .yaml}) from the
 * classes directory, or the resource directories before they are compiled, with the
 * profile-specific files and documents of the active profiles
 * ({@code spring.profiles.active}, also given as
 * {@code -Dspring.profiles.active=postgres}).
 * <p>
 * As in Spring Boot, a key is found whatever form it is written in
 * ({@code migrations.out-of-order}, {@code outOfOrder}, {@code out_of_order}), and
 * {@code ${NAME:default}} placeholders are resolved. What wins, highest first: settings
 * given on the command line, environment variables ({@code MIGRATIONS_URL},
 * {@code SPRING_DATASOURCE_URL}), profile-specific files (the last active profile first),
 * profile documents of the main file, {@code application.properties}, then
 * {@code application.yml}. Config imports, {@code spring.config.location} and files
 * outside the class path are not read.
 */
final class ApplicationProperties {

	private final Map<String, String> overrides;

	private final Map<String, String> environment;

	private final List<ConfigurationDocument> documents;

	private final List<String> activeProfiles;

	private ApplicationProperties(Map<String, String> overrides, Map<String, String> environment,
			List<ConfigurationDocument> documents, List<String> activeProfiles) {
		this.overrides = overrides;
		this.environment = environment;
		this.documents = documents;
		this.activeProfiles = activeProfiles;
	}

	/**
	 * Read the configuration of a project.
	 * @param layout the project
	 * @return the configuration
	 */
	static ApplicationProperties load(ProjectLayout layout) {
		List<Path> locations = new ArrayList<>();
		locations.add(layout.classesDirectory());
		locations.addAll(layout.resourceDirectories());
		List<ConfigurationDocument> base = read(layout, locations, "application");
		ApplicationProperties withoutProfiles = new ApplicationProperties(layout.overrides(), layout.environment(),
				highestFirst(base.stream().filter((document) -> document.onProfile() == null).toList()), List.of());
		List<String> profiles = new ArrayList<>();
		withoutProfiles.get("spring.profiles.include").ifPresent((value) -> profiles.addAll(split(value)));
		withoutProfiles.get("spring.profiles.active").ifPresent((value) -> profiles.addAll(split(value)));
		List<ConfigurationDocument> applying = new ArrayList<>();
		base.stream().filter((document) -> document.appliesTo(profiles)).forEach(applying::add);
		for (String profile : profiles) {
			read(layout, locations, "application-" + profile).stream()
				.filter((document) -> document.appliesTo(profiles))
				.forEach(applying::add);
		}
		return new ApplicationProperties(layout.overrides(), layout.environment(), highestFirst(applying),
				List.copyOf(profiles));
	}

	/**
	 * Read the documents of one configuration file name, lowest precedence first:
	 * {@code .yml} and {@code .yaml} before {@code .properties}, each from the first
	 * location that has it.
	 */
	private static List<ConfigurationDocument> read(ProjectLayout layout, List<Path> locations, String name) {
		List<ConfigurationDocument> documents = new ArrayList<>();
		for (String extension : List.of("yaml", "yml", "properties")) {
			for (Path location : locations) {
				Path file = location.resolve(name + "." + extension);
				if (Files.isRegularFile(file)) {
					documents.addAll(ConfigurationFileReader.read(file, layout.relative(file)));
					break;
				}
			}
		}
		return documents;
	}

	private static List<ConfigurationDocument> highestFirst(List<ConfigurationDocument> lowestFirst) {
		List<ConfigurationDocument> reversed = new ArrayList<>(lowestFirst);
		java.util.Collections.reverse(reversed);
		return List.copyOf(reversed);
	}

	private static List<String> split(String value) {
		return Arrays.stream(value.split(",")).map(String::trim).filter((profile) -> !profile.isEmpty()).toList();
	}

	/**
	 * Return the active profiles.
	 * @return the profiles, in the order they were given
	 */
	List<String> activeProfiles() {
		return this.activeProfiles;
	}

	/**
	 * Return the files the configuration was read from.
	 * @return the files, highest precedence first
	 */
	List<String> origins() {
		return this.documents.stream().map(ConfigurationDocument::origin).distinct().toList();
	}

	/**
	 * Return a property, with its placeholders resolved.
	 * @param key the key, in its canonical form ({@code migrations.out-of-order})
	 * @return the value, or nothing if it is not set
	 * @throws IllegalStateException if a placeholder cannot be resolved
	 */
	Optional<String> get(String key) {
		return raw(key).map((value) -> resolve(key, value, new HashSet<>()));
	}

	/**
	 * Return the properties under a prefix, with the rest of each key as written and the
	 * values resolved: {@code spring.jpa.properties} gives
	 * {@code hibernate.physical_naming_strategy}.
	 * @param prefix the prefix, without the trailing dot
	 * @return the properties
	 */
	Map<String, String> withPrefix(String prefix) {
		Map<String, String> found = new LinkedHashMap<>();
		List<Map<String, String>> sources = new ArrayList<>();
		sources.add(this.overrides);
		this.documents.forEach((document) -> sources.add(document.properties()));
		String canonicalPrefix = canonical(prefix) + ".";
		for (Map<String, String> source : sources) {
			source.forEach((key, value) -> {
				String rest = rest(key, canonicalPrefix);
				if (rest != null && !found.containsKey(rest)) {
					found.put(rest, resolve(key, value, new HashSet<>()));
				}
			});
		}
		return found;
	}

	/**
	 * Return the names of the entries of a map property: {@code migrations.connections}
	 * gives {@code reporting} for {@code migrations.connections.reporting.url}.
	 * @param prefix the prefix of the map, without the trailing dot
	 * @return the names, sorted
	 */
	List<String> mapKeys(String prefix) {
		return withPrefix(prefix).keySet()
			.stream()
			.map((rest) -> rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest)
			.distinct()
			.sorted()
			.toList();
	}

	private static String rest(String key, String canonicalPrefix) {
		// match the prefix segment by segment in canonical form, keep the rest as written
		int dots = canonicalPrefix.length() - canonicalPrefix.replace(".", "").length();
		int index = -1;
		for (int i = 0; i < dots; i++) {
			index = key.indexOf('.', index + 1);
			if (index < 0) {
				return null;
			}
		}
		return canonical(key.substring(0, index + 1)).equals(canonicalPrefix) ? key.substring(index + 1) : null;
	}

	private Optional<String> raw(String key) {
		String canonical = canonical(key);
		String override = find(this.overrides, canonical);
		if (override != null) {
			return Optional.of(override);
		}
		String environment = this.environment.get(environmentName(key));
		if (environment != null) {
			return Optional.of(environment);
		}
		for (ConfigurationDocument document : this.documents) {
			String value = find(document.properties(), canonical);
			if (value != null) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

	private static String find(Map<String, String> properties, String canonical) {
		for (Map.Entry<String, String> entry : properties.entrySet()) {
			if (canonical(entry.getKey()).equals(canonical)) {
				return entry.getValue();
			}
		}
		return null;
	}

	private String resolve(String key, String value, Set<String> resolving) {
		StringBuilder result = new StringBuilder();
		int start = 0;
		int open;
		while ((open = value.indexOf("${", start)) >= 0) {
			int close = closing(value, open + 2);
			if (close < 0) {
				break;
			}
			result.append(value, start, open);
			String placeholder = value.substring(open + 2, close);
			int colon = placeholder.indexOf(':');
			String name = (colon >= 0) ? placeholder.substring(0, colon) : placeholder;
			String fallback = (colon >= 0) ? placeholder.substring(colon + 1) : null;
			if (!resolving.add(name)) {
				throw new IllegalStateException(
						"Property [" + key + "] refers to [" + name + "] in a circle of placeholders");
			}
			String found = placeholderValue(name).orElse(fallback);
			if (found == null) {
				throw new IllegalStateException(
						"Property [" + key + "] refers to [${" + placeholder + "}], which is not set: set it with -D"
								+ name + "=... or the environment variable " + environmentName(name));
			}
			result.append(resolve(key, found, resolving));
			resolving.remove(name);
			start = close + 1;
		}
		return result.append(value.substring(start)).toString();
	}

	private Optional<String> placeholderValue(String name) {
		String exact = this.environment.get(name);
		return (exact != null) ? Optional.of(exact) : raw(name);
	}

	private static int closing(String value, int from) {
		int depth = 1;
		for (int i = from; i < value.length(); i++) {
			if (value.startsWith("${", i)) {
				depth++;
				i++;
			}
			else if (value.charAt(i) == '}' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Return the form Spring Boot matches keys in: lower case, without dashes or
	 * underscores, so that {@code outOfOrder}, {@code out-of-order} and
	 * {@code out_of_order} are the same key.
	 */
	static String canonical(String key) {
		return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
	}

	/**
	 * Return the environment variable Spring Boot binds to a key:
	 * {@code migrations.out-of-order} is {@code MIGRATIONS_OUTOFORDER}.
	 */
	static String environmentName(String key) {
		return key.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
	}

}
