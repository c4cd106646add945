package dev.strata.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measurements of every run, by series ({@code STRATA/startup-1000},
 * {@code FLYWAY/baseline}, {@code health}, ...), in the order they were taken.
 */
final class Samples {

	private final Map<String, List<Map<String, String>>> series = new LinkedHashMap<>();

	void add(String series, Map<String, String> measures) {
		this.series.computeIfAbsent(series, (key) -> new ArrayList<>()).add(measures);
	}

	boolean has(String series) {
		return this.series.containsKey(series);
	}

	int count(String series) {
		return this.series.getOrDefault(series, List.of()).size();
	}

	/**
	 * Return the median of a field over a series.
	 * @param series the series
	 * @param field the field
	 * @return the median, or NaN if the series has no values
	 */
	double median(String series, String field) {
		double[] values = this.series.getOrDefault(series, List.of())
			.stream()
			.map((measures) -> measures.get(field))
			.filter((value) -> value != null)
			.mapToDouble(Double::parseDouble)
			.sorted()
			.toArray();
		if (values.length == 0) {
			return Double.NaN;
		}
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

	double min(String series, String field) {
		return values(series, field).min().orElse(Double.NaN);
	}

	double max(String series, String field) {
		return values(series, field).max().orElse(Double.NaN);
	}

	private java.util.stream.DoubleStream values(String series, String field) {
		return this.series.getOrDefault(series, List.of())
			.stream()
			.map((measures) -> measures.get(field))
			.filter((value) -> value != null)
			.mapToDouble(Double::parseDouble);
	}

	/**
	 * Return the first value of a field in a series.
	 * @param series the series
	 * @param field the field
	 * @return the value, or an empty string
	 */
	String first(String series, String field) {
		return this.series.getOrDefault(series, List.of())
			.stream()
			.map((measures) -> measures.getOrDefault(field, ""))
			.findFirst()
			.orElse("");
	}

	/**
	 * Write every measurement as CSV: series, run, field, value.
	 * @param file the file
	 * @throws IOException if it cannot be written
	 */
	void writeCsv(Path file) throws IOException {
		List<String> lines = new ArrayList<>(List.of("series,run,field,value"));
		this.series.forEach((name, runs) -> {
			for (int run = 0; run < runs.size(); run++) {
				for (Map.Entry<String, String> measure : runs.get(run).entrySet()) {
					lines.add(String.join(",",
							Arrays.asList(name, String.valueOf(run + 1), measure.getKey(), measure.getValue())));
				}
			}
		});
		Files.write(file, lines);
	}

}
