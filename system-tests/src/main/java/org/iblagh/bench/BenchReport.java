package org.iblagh.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

/**
 * The bench's outputs: a table on the terminal, {@code result.json} and
 * {@code chart.html} (throughput over time and latency percentiles, as inline SVG: no
 * script, no network).
 */
final class BenchReport {

	private static final double[] PERCENTILES = { 50, 75, 90, 95, 99, 99.9, 100 };

	private BenchReport() {
	}

	static void write(Path dir, Map<String, Object> summary, List<PipelineRun.Result> results, PrintStream out)
			throws IOException {
		LoadGenerator.writeString(dir.resolve("result.json"),
				PlatformClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
		StringBuilder table = new StringBuilder();
		table.append(String.format("%n%-26s %10s %10s %10s %10s %10s %8s%n", "phase", "delivered", "per s", "ratio db",
				"p50 ms", "p99 ms", "rejected"));
		for (PipelineRun.Result r : results) {
			table.append(String.format("%-26s %10d %10.1f %10.3f %10.0f %10.0f %8d%n", r.name(), r.delivered(),
					r.throughput(), r.throughput() / (double) summary.get("databaseCeilingInsertsPerSecond"),
					r.percentileMillis(r.endToEnd(), 50), r.percentileMillis(r.endToEnd(), 99), r.rejected()));
		}
		table.append(String.format("%ncold start %.1f s · Kafka ceiling %.0f msg/s · database ceiling %.0f inserts/s%n",
				summary.get("coldStartSeconds"), summary.get("kafkaCeilingMsgPerSecond"),
				summary.get("databaseCeilingInsertsPerSecond")));
		writesPerReport(table, summary.get("databaseWritesPerReport"));
		table.append("resident memory (MB): ").append(summary.get("rssMegabytes")).append('\n');
		table.append("duplicate deliveries: ")
			.append(summary.get("duplicateDeliveries"))
			.append(" · referral failures: ")
			.append(summary.get("referralFailures"))
			.append('\n');
		out.print(table);
		out.println("Written: " + dir.resolve("result.json") + " and " + dir.resolve("chart.html"));
		LoadGenerator.writeString(dir.resolve("chart.html"), html(summary, results, table.toString()));
	}

	@SuppressWarnings("unchecked")
	private static void writesPerReport(StringBuilder table, Object measured) {
		Map<String, Object> writes = new java.util.LinkedHashMap<>((Map<String, Object>) measured);
		Map<String, Map<String, Double>> byCollection = (Map<String, Map<String, Double>>) writes
			.remove("byCollection");
		table.append("database writes per report: ").append(writes).append('\n');
		if (byCollection != null) {
			byCollection.forEach((service, perCollection) -> table.append("  ")
				.append(service)
				.append(": ")
				.append(perCollection)
				.append('\n'));
		}
	}

	private static String html(Map<String, Object> summary, List<PipelineRun.Result> results, String table) {
		StringBuilder svg = new StringBuilder();
		int width = 720;
		int height = 240;
		String[] colours = { "#1f77b4", "#d62728", "#2ca02c" };
		long max = 1;
		int length = 1;
		for (PipelineRun.Result r : results) {
			for (long v : r.completionsPerSecond()) {
				max = Math.max(max, v);
			}
			length = Math.max(length, r.completionsPerSecond().length);
		}
		svg.append("<svg xmlns='http://www.w3.org/2000/svg' width='")
			.append(width + 60)
			.append("' height='")
			.append(height + 40)
			.append("' role='img' aria-label='Reports delivered per second'>");
		svg.append("<text x='5' y='15' font-size='12'>max ").append(max).append("/s</text>");
		for (int i = 0; i < results.size(); i++) {
			long[] series = results.get(i).completionsPerSecond();
			StringBuilder points = new StringBuilder();
			for (int s = 0; s < series.length; s++) {
				double x = 50 + (double) s * width / length;
				double y = 20 + height - (double) series[s] * height / max;
				points.append(String.format("%.1f,%.1f ", x, y));
			}
			svg.append("<polyline fill='none' stroke='")
				.append(colours[i % colours.length])
				.append("' points='")
				.append(points)
				.append("'/>");
			svg.append("<text x='60' y='")
				.append(35 + 14 * i)
				.append("' font-size='12' fill='")
				.append(colours[i % colours.length])
				.append("'>")
				.append(results.get(i).name())
				.append("</text>");
		}
		svg.append("</svg>");
		StringBuilder percentiles = new StringBuilder("<table><tr><th>percentile</th>");
		results.forEach((r) -> percentiles.append("<th>").append(r.name()).append(" (ms)</th>"));
		percentiles.append("</tr>");
		for (double p : PERCENTILES) {
			percentiles.append("<tr><td>").append(p).append("</td>");
			for (PipelineRun.Result r : results) {
				Histogram h = r.endToEnd();
				percentiles.append(String.format("<td>%.0f</td>", r.percentileMillis(h, p)));
			}
			percentiles.append("</tr>");
		}
		percentiles.append("</table>");
		return "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Iblagh bench</title>"
				+ "<style>body{font-family:sans-serif;margin:2em}td,th{padding:2px 10px;text-align:right}</style></head><body>"
				+ "<h1>Iblagh pipeline benchmark</h1><h2>Reports delivered to prosecutors per second</h2>" + svg
				+ "<h2>Submission → prosecutor SSE latency</h2>" + percentiles + "<h2>Summary</h2><pre>"
				+ table.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>";
	}

}
