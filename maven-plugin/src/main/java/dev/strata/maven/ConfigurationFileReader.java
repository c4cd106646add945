package dev.strata.maven;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a Spring Boot configuration file into documents of flat properties: a
 * {@code .properties} file is one document, a {@code .yml} or {@code .yaml} file one per
 * YAML document, with nested keys joined by dots and list items indexed
 * ({@code servers[0]}), as Spring Boot flattens them.
 */
final class ConfigurationFileReader {

	private ConfigurationFileReader() {
	}

	/**
	 * Read a file.
	 * @param file the file
	 * @param origin how to name it in messages
	 * @return its documents, in file order
	 * @throws IllegalStateException if it cannot be read or parsed
	 */
	static List<ConfigurationDocument> read(Path file, String origin) {
		String name = file.getFileName().toString();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			if (name.endsWith(".properties")) {
				Properties properties = new Properties();
				properties.load(reader);
				Map<String, String> flat = new LinkedHashMap<>();
				properties.stringPropertyNames()
					.stream()
					.sorted()
					.forEach((key) -> flat.put(key, properties.getProperty(key)));
				return List.of(ConfigurationDocument.of(origin, flat));
			}
			List<ConfigurationDocument> documents = new ArrayList<>();
			Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
			int index = 0;
			for (Object document : yaml.loadAll(reader)) {
				Map<String, String> flat = new LinkedHashMap<>();
				flatten("", document, flat);
				documents.add(ConfigurationDocument.of(origin + " (document " + (++index) + ")", flat));
			}
			return documents;
		}
		catch (IOException | YAMLException ex) {
			throw new IllegalStateException("Cannot read configuration file [" + origin + "]: " + ex.getMessage(), ex);
		}
	}

	private static void flatten(String prefix, Object value, Map<String, String> flat) {
		if (value instanceof Map<?, ?> map) {
			map.forEach(
					(key, child) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, child, flat));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				flatten(prefix + "[" + i + "]", list.get(i), flat);
			}
		}
		else if (!prefix.isEmpty()) {
			flat.put(prefix, (value != null) ? String.valueOf(value) : "");
		}
	}

}
