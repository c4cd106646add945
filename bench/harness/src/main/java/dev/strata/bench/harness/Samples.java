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
		return median(values(series, field).toArray());
	}

	private static double median(double[] values) {
		if (values.length == 0) {
			return Double.NaN;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	/**
	 * Return the median of the differences between two series taken in pairs, the first
	 * run of one with the first of the other and so on: less disturbed than the
	 * difference of their medians when the machine gets busier or quieter during the
	 * rounds, since the two runs of a pair are taken one after the other.
	 * @param series the series
	 * @param pairedWith the series its runs are paired with, as many runs
	 * @param field the field
	 * @return the median difference, or NaN if the series have no values or not as many
	 */
	double medianOfPairedDifferences(String series, String pairedWith, String field) {
		double[] values = values(series, field).toArray();
		double[] others = values(pairedWith, field).toArray();
		if (values.length == 0 || values.length != others.length) {
			return Double.NaN;
		}
		double[] differences = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			differences[i] = values[i] - others[i];
		}
		return median(differences);
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
