package dev.strata.bench.harness;

import java.util.List;
import java.util.Locale;

/**
 * An SVG line chart of each tool's extra startup when nothing is pending against the
 * number of applied migrations (logarithmic), one line per tool, written by hand so that
 * the benchmark needs no plotting library.
 */
final class StartupPlot {

	private static final int WIDTH = 720;

	private static final int HEIGHT = 420;

	private static final int LEFT = 80;

	private static final int RIGHT = 150;

	private static final int TOP = 50;

	private static final int BOTTOM = 60;

	private static final String[] COLORS = { "#2e7d32", "#c62828", "#1565c0" };

	private final ResultsReport report;

	StartupPlot(ResultsReport report) {
		this.report = report;
	}

	String svg() {
		List<Integer> sizes = this.report.sizes();
		double max = 0;
		for (Tool tool : Tool.values()) {
			for (int size : sizes) {
				max = Math.max(max, this.report.extra(tool, "startup-" + size));
			}
		}
		double step = niceStep(max / 5);
		double top = Math.ceil(max / step) * step;
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
						+ "font-family=\"sans-serif\" font-size=\"13\">%n",
				WIDTH, HEIGHT, WIDTH, HEIGHT));
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
		svg.append(text(WIDTH / 2.0, 24, "middle", "bold",
				"Extra startup when nothing is pending (median, enabled minus disabled)"));
		for (double value = 0; value <= top + step / 2; value += step) {
			double y = y(value, top);
			svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#dddddd", 1));
			svg.append(text(LEFT - 8, y + 4, "end", "normal", String.format(Locale.ROOT, "%,.0f ms", value)));
		}
		for (int size : sizes) {
			double x = x(size, sizes);
			svg.append(line(x, TOP, x, HEIGHT - BOTTOM, "#eeeeee", 1));
			svg.append(text(x, HEIGHT - BOTTOM + 18, "middle", "normal", String.format(Locale.ROOT, "%,d", size)));
		}
		svg.append(text((LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 18, "middle", "normal",
				"applied migrations (logarithmic)"));
		svg.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#333333", 1));
		svg.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#333333", 1));
		Tool[] tools = Tool.values();
		for (int i = 0; i < tools.length; i++) {
			StringBuilder points = new StringBuilder();
			double lastX = 0;
			double lastY = 0;
			for (int size : sizes) {
				double extra = Math.max(0, this.report.extra(tools[i], "startup-" + size));
				lastX = x(size, sizes);
				lastY = y(extra, top);
				points.append(String.format(Locale.ROOT, "%.1f,%.1f ", lastX, lastY));
				svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>%n", lastX,
						lastY, COLORS[i]));
				svg.append(text(lastX, lastY - 9, "middle", "normal", ResultsReport.ms(extra)));
			}
			svg.append(String.format(Locale.ROOT,
					"<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\"/>%n",
					points.toString().trim(), COLORS[i]));
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\" font-weight=\"bold\">%s</text>%n", lastX + 12, lastY + 4,
					COLORS[i], tools[i].displayName()));
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static double x(int size, List<Integer> sizes) {
		double min = Math.log10(sizes.get(0));
		double max = Math.log10(sizes.get(sizes.size() - 1));
		double fraction = (max > min) ? (Math.log10(size) - min) / (max - min) : 0.5;
		return LEFT + 20 + fraction * (WIDTH - LEFT - RIGHT - 40);
	}

	private static double y(double value, double top) {
		return HEIGHT - BOTTOM - (value / top) * (HEIGHT - BOTTOM - TOP);
	}

	private static double niceStep(double raw) {
		double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
		for (double factor : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (factor * magnitude >= raw) {
				return factor * magnitude;
			}
		}
		return 10 * magnitude;
	}

	private static String line(double x1, double y1, double x2, double y2, String color, double width) {
		return String.format(Locale.ROOT,
				"<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"/>%n", x1, y1,
				x2, y2, color, width);
	}

	private static String text(double x, double y, String anchor, String weight, String content) {
		return String.format(Locale.ROOT,
				"<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-weight=\"%s\">%s</text>%n", x, y, anchor, weight,
				content);
	}

}
