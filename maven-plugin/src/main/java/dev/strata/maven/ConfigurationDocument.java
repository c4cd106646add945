package dev.strata.maven;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One document of a configuration file: its flattened properties, where it comes from,
 * and the profile it is limited to ({@code spring.config.activate.on-profile}), if any.
 *
 * @param origin the file, and the document's position in it if there are several
 * @param properties the properties, keys as written, in file order
 * @param onProfile the profile expression the document is limited to, {@code null} if it
 * always applies
 */
record ConfigurationDocument(String origin, Map<String, String> properties, @Nullable String onProfile) {

	private static final List<String> ON_PROFILE_KEYS = List.of("spring.config.activate.on-profile", "spring.profiles");

	ConfigurationDocument {
		Objects.requireNonNull(origin, "'origin' must not be null");
		properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}

	/**
	 * Create a document, reading the profile it is limited to from its own properties.
	 * @param origin where it comes from
	 * @param properties its properties
	 * @return the document
	 */
	static ConfigurationDocument of(String origin, Map<String, String> properties) {
		String onProfile = null;
		for (String key : ON_PROFILE_KEYS) {
			if (properties.containsKey(key)) {
				onProfile = properties.get(key);
			}
		}
		return new ConfigurationDocument(origin, properties, onProfile);
	}

	/**
	 * Return whether the document applies with the given profiles active: always when it
	 * is not limited to a profile; otherwise when one of the comma-separated profiles it
	 * names is active ({@code !name} when {@code name} is not).
	 * @param activeProfiles the active profiles
	 * @return whether it applies
	 */
	boolean appliesTo(List<String> activeProfiles) {
		if (this.onProfile == null) {
			return true;
		}
		for (String expression : this.onProfile.split(",")) {
			String profile = expression.trim();
			boolean negated = profile.startsWith("!");
			String name = negated ? profile.substring(1).trim() : profile;
			if (activeProfiles.contains(name) != negated) {
				return true;
			}
		}
		return false;
	}

}
