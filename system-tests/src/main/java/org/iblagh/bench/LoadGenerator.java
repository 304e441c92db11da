package org.iblagh.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.iblagh.bench.abuse.AbuseResult;
import org.iblagh.bench.abuse.AbuseRun;
import org.iblagh.local.Platform;
import org.iblagh.local.StackPorts;

/**
 * {@code ./iblagh bench}: starts a fresh platform on its own ports, measures the
 * machine's ceiling (raw Kafka, raw database inserts), then drives a realistic mix of
 * reports through the whole pipeline open-loop at a fixed rate and closed-loop at full
 * speed, and writes a summary table, a JSON result and an HTML chart.
 *
 * <p>
 * Options: {@code --rate 50} (open loop, reports/s), {@code --seconds 60} (per phase),
 * {@code --clients 24} (closed loop), {@code --offset 2000} (ports), {@code --out DIR}.
 * {@code --faults [--reports N]} runs the fault scenarios at full scale instead;
 * {@code --abuse [--requests N] [--seed S] [--connections C]} the abuse run
 * ({@link AbuseRun}; {@code --attach DATA_DIR} aims it at a platform already running on
 * the given offset).
 */
public final class LoadGenerator {

	private LoadGenerator() {
	}

	private static final java.util.Set<String> FLAGS = java.util.Set.of("--faults", "--abuse");

	private static final java.util.Set<String> VALUED = java.util.Set.of("--rate", "--seconds", "--clients", "--offset",
			"--out", "--warmup", "--reports", "--requests", "--seed", "--connections", "--attach");

	private static final String USAGE = """
			Usage: ./iblagh bench [--rate R] [--seconds S] [--warmup W] [--clients C] [--offset N] [--out DIR]
			       ./iblagh bench --faults [--reports N]
			       ./iblagh bench --abuse [--requests N] [--seed S] [--connections C] [--attach DATA_DIR]
			Starts a fresh platform on ports shifted by --offset (2000) and measures it; see docs/benchmarks.md.
			  --rate 50       open-loop reports per second      --seconds 60   length of each phase
			  --clients 24    closed-loop concurrent clients    --out DIR      where result.json and chart.html go
			  --warmup 20     seconds at --rate first, reported apart (0: none)
			""";

	public static void main(String[] args) throws Exception {
		String problem = checkArguments(args);
		if (problem != null) {
			boolean help = problem.isEmpty();
			(help ? System.out : System.err).print((help ? "" : problem + "\n") + USAGE);
			System.exit(help ? 0 : 2);
		}
		try {
			run(args);
		}
		finally {
			// the HTTP clients' pools would keep the JVM alive after the platform stopped
			System.exit(0);
		}
	}

	private static void run(String[] args) throws Exception {
		PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
				StandardCharsets.UTF_8);
		double rate = Double.parseDouble(option(args, "--rate", "50"));
		int seconds = Integer.parseInt(option(args, "--seconds", "60"));
		int clients = Integer.parseInt(option(args, "--clients", "24"));
		int warmup = Integer.parseInt(option(args, "--warmup", "20"));
		StackPorts ports = StackPorts.defaults().shiftedBy(Integer.parseInt(option(args, "--offset", "2000")));
		Path outDir = Path.of(option(args, "--out", "target/bench/" + Instant.now().toString().replace(':', '-')));
		Path data = Files.createDirectories(outDir.resolve("platform-data"));
		Files.createDirectories(outDir);

		if (java.util.Arrays.asList(args).contains("--abuse")) {
			runAbuse(out, ports, data, args, outDir);
			return;
		}
		if (java.util.Arrays.asList(args).contains("--faults")) {
			runFaults(out, ports, data, Integer.parseInt(option(args, "--reports", "10000")), outDir);
			return;
		}
		long coldStart = System.nanoTime();
		try (Platform platform = new Platform(Path.of("."), data, ports, null)
			.withServiceArgument("--iblagh.intake.pow-difficulty=0")
			// every generated report comes from this one address: lift the per-client
			// limit
			.withServiceArgument("--iblagh.intake.abuse.submissions-per-minute=1000000")
			.start(Duration.ofSeconds(240))) {
			double coldStartSeconds = (System.nanoTime() - coldStart) / 1e9;
			out.printf("Platform up in %.1f s%n", coldStartSeconds);
			PlatformClient client = new PlatformClient(ports, data);

			out.println("Measuring the ceiling (raw Kafka produce+consume, raw database inserts)...");
			double kafka = Ceiling.kafkaProduceConsume(ports, 50_000, 1500);
			double mongo = Ceiling.mongoSingleInserts(ports, Duration.ofSeconds(5), 1500);
			out.printf("  Kafka %.0f msg/s, database %.0f single inserts/s%n", kafka, mongo);
			PlatformClient.prepareScreenshots();

			Set<String> ours = ConcurrentHashMap.newKeySet();
			PipelineRun run = new PipelineRun(client, ours);
			Map<String, String> keys = client.officeKeys();
			List<String> prosecutors = keys.keySet()
				.stream()
				.filter((id) -> id.startsWith("CA-") || id.startsWith("TPI-"))
				.toList();
			List<PipelineRun.Result> results = new ArrayList<>();
			try (DeliveryListener listener = new DeliveryListener(client, run::delivered);
					AutoReferrer referrer = new AutoReferrer(client, ours)) {
				listener.listen(prosecutors, keys);
				if (warmup > 0) {
					// the services' first reports run code not compiled yet; a warm-up at
					// the
					// same rate keeps that out of the measured phases and shows it apart
					out.printf("Warm-up: %.0f reports/s for %d s...%n", rate, warmup);
					results.add(run.openLoop("warm-up " + (int) rate + "/s", rate, Duration.ofSeconds(warmup),
							Duration.ofSeconds(30)));
				}
				long reportsBefore = ours.size();
				Map<String, Map<String, Long>> writesBefore = mongoWrites(client);
				out.printf("Open loop: %.0f reports/s for %d s...%n", rate, seconds);
				results.add(run.openLoop("open-loop " + (int) rate + "/s", rate, Duration.ofSeconds(seconds),
						Duration.ofSeconds(30)));
				long reportsSoFar = ours.size() - reportsBefore;
				Map<String, Map<String, Long>> writesAfter = mongoWrites(client);
				out.printf("Closed loop: %d clients for %d s...%n", clients, seconds);
				results.add(run.closedLoop("closed-loop " + clients + " clients", clients, Duration.ofSeconds(seconds),
						Duration.ofSeconds(30)));
				Map<String, Object> summary = new LinkedHashMap<>();
				summary.put("machine", Runtime.getRuntime().availableProcessors() + " cores");
				summary.put("coldStartSeconds", round(coldStartSeconds));
				summary.put("kafkaCeilingMsgPerSecond", round(kafka));
				summary.put("databaseCeilingInsertsPerSecond", round(mongo));
				summary.put("databaseWritesPerReport", writesPerReport(writesBefore, writesAfter, reportsSoFar));
				summary.put("rssMegabytes", Rss.of(platform));
				summary.put("referralFailures", referrer.failures());
				summary.put("duplicateDeliveries",
						listener.deliveries().values().stream().filter((c) -> c.get() > 1).count());
				List<Map<String, Object>> phases = new ArrayList<>();
				for (PipelineRun.Result r : results) {
					Map<String, Object> phase = new LinkedHashMap<>();
					phase.put("name", r.name());
					phase.put("deliveredReports", r.delivered());
					phase.put("rejected", r.rejected());
					phase.put("throughputPerSecond", round(r.throughput()));
					phase.put("ratioToDatabaseCeiling", round(r.throughput() / mongo));
					phase.put("endToEndP50Ms", round(r.percentileMillis(r.endToEnd(), 50)));
					phase.put("endToEndP99Ms", round(r.percentileMillis(r.endToEnd(), 99)));
					phase.put("endToEndMaxMs", round(r.endToEnd().getMaxValue() / 1000.0));
					phase.put("submitP99Ms", round(r.percentileMillis(r.submit(), 99)));
					phase.put("completionsPerSecond", r.completionsPerSecond());
					phases.add(phase);
				}
				summary.put("phases", phases);
				BenchReport.write(outDir, summary, results, out);
			}
		}
	}

	/** The fault scenarios of the system tests, at full scale. */
	private static void runFaults(PrintStream out, StackPorts ports, Path data, int reports, Path outDir)
			throws Exception {
		try (Platform platform = new Platform(Path.of("."), data, ports, null)
			.withServiceArgument("--iblagh.intake.pow-difficulty=0")
			// every generated report comes from this one address: lift the per-client
			// limit
			.withServiceArgument("--iblagh.intake.abuse.submissions-per-minute=1000000")
			.start(Duration.ofSeconds(240)); FaultScenarios faults = new FaultScenarios(platform)) {
			List<FaultScenarios.Outcome> outcomes = new ArrayList<>();
			outcomes.add(faults.kafkaDownAtSubmission(reports));
			outcomes.add(faults.kafkaRestartDuringLoad(reports));
			outcomes.add(faults.killEachService(reports));
			outcomes.add(faults.s3Unavailable(reports, Duration.ofSeconds(30)));
			outcomes.add(faults.everyEventTwice(reports));
			List<String> poisonMissing = faults.poisonOnEveryTopic(Duration.ofSeconds(60));
			out.printf("%n%-34s %9s %9s %6s %10s %8s%n", "scenario", "accepted", "delivered", "lost", "duplicated",
					"seconds");
			for (FaultScenarios.Outcome o : outcomes) {
				out.printf("%-34s %9d %9d %6d %10d %8d%n", o.name(), o.accepted(), o.delivered(), o.lost().size(),
						o.duplicated().size(), o.seconds());
			}
			out.println("poison messages missing from dead-letter topics: " + poisonMissing);
			writeString(outDir.resolve("faults.json"), PlatformClient.JSON.writerWithDefaultPrettyPrinter()
				.writeValueAsString(Map.of("outcomes", outcomes, "poisonMissing", poisonMissing)));
		}
	}

	/**
	 * The abuse run: a fresh platform (or, with {@code --attach DATA_DIR}, one already
	 * running on the given ports), then {@code --requests} hostile requests.
	 */
	private static void runAbuse(PrintStream out, StackPorts ports, Path data, String[] args, Path outDir)
			throws Exception {
		AbuseRun.Options defaults = AbuseRun.Options.defaults();
		AbuseRun.Options options = new AbuseRun.Options(
				Integer.parseInt(option(args, "--requests", String.valueOf(defaults.requests()))),
				Long.parseLong(option(args, "--seed", String.valueOf(defaults.seed()))),
				Integer.parseInt(option(args, "--connections", String.valueOf(defaults.connections()))));
		String attach = option(args, "--attach", null);
		AbuseResult result;
		if (attach != null) {
			result = new AbuseRun(new PlatformClient(ports, Path.of(attach)), Path.of(attach)).run(options);
		}
		else {
			try (Platform platform = new Platform(Path.of("."), data, ports, null)
				.withServiceArgument("--iblagh.intake.pow-difficulty=4")
				.withServiceArgument("--iblagh.intake.abuse.submissions-per-minute=100000")
				.start(Duration.ofSeconds(240))) {
				result = new AbuseRun(new PlatformClient(ports, data), data).run(options);
			}
		}
		result.print(out);
		writeString(outDir.resolve("abuse.json"),
				PlatformClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
		if (!result.clean()) {
			out.println("ABUSE RUN FAILED");
			System.exit(1);
		}
	}

	/** Service → "command:collection" → writes since the service started. */
	private static Map<String, Map<String, Long>> mongoWrites(PlatformClient client) {
		Map<String, Map<String, Long>> writes = new LinkedHashMap<>();
		for (String service : Platform.SERVICES) {
			try {
				int port = switch (service) {
					case "intake-service" -> client.ports().intake();
					case "evidence-service" -> client.ports().evidence();
					case "triage-service" -> client.ports().triage();
					case "routing-service" -> client.ports().routing();
					default -> client.ports().notification();
				};
				// the open Prometheus scrape: other actuator endpoints are each service's
				// security's to guard
				String metrics = client
					.send(java.net.http.HttpRequest.newBuilder(client.uri(port, "/actuator/prometheus")).GET())
					.body();
				writes.put(service, MongoWriteLines.parse(metrics));
			}
			catch (Exception ex) {
				writes.put(service, null);
			}
		}
		return writes;
	}

	/**
	 * Per service and in all, and each service's writes per collection (the bigger
	 * first), so that a run says which writes to cut.
	 */
	static Map<String, Object> writesPerReport(Map<String, Map<String, Long>> before,
			Map<String, Map<String, Long>> after, long reports) {
		Map<String, Object> result = new LinkedHashMap<>();
		Map<String, Object> byCollection = new LinkedHashMap<>();
		double total = 0;
		for (String service : after.keySet()) {
			Map<String, Long> now = after.get(service);
			Map<String, Long> then = (before.get(service) != null) ? before.get(service) : Map.of();
			if (now == null || reports == 0) {
				result.put(service, Double.NaN);
				total = Double.NaN;
				continue;
			}
			Map<String, Double> perKey = new LinkedHashMap<>();
			now.entrySet()
				.stream()
				.map((e) -> Map.entry(e.getKey(),
						(double) (e.getValue() - then.getOrDefault(e.getKey(), 0L)) / reports))
				.filter((e) -> e.getValue() > 0)
				.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
				.forEach((e) -> perKey.put(e.getKey(), round(e.getValue())));
			double perReport = perKey.values().stream().mapToDouble(Double::doubleValue).sum();
			result.put(service, round(perReport));
			byCollection.put(service, perKey);
			total += perReport;
		}
		result.put("total", round(total));
		result.put("byCollection", byCollection);
		return result;
	}

	static double round(double value) {
		return Double.isNaN(value) ? value : Math.round(value * 100) / 100.0;
	}

	/**
	 * @return null when the arguments are usable, "" when help was asked for, else what
	 * is wrong
	 */
	static String checkArguments(String[] args) {
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help") || arg.equals("-h")) {
				return "";
			}
			if (FLAGS.contains(arg)) {
				continue;
			}
			if (!VALUED.contains(arg)) {
				return "Unknown option: " + arg;
			}
			if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
				return "Option " + arg + " needs a value";
			}
			i++;
		}
		return null;
	}

	private static String option(String[] args, String name, String fallback) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

	static void writeString(Path file, String text) throws IOException {
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

}
