package org.iblagh.local.mongo;

import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;

/**
 * The platform's write pattern against the embedded database, for several page sizes:
 * documents keyed by random ids (every service keys its report by the random report id),
 * each inserted, then changed a few times and read while it is recent, in a collection
 * that already holds many. A page is encoded whole when any of its documents changes, so
 * the number of documents per page multiplies the cost of every write. A plain
 * {@code main} (see docs/benchmarks.md), not a test:
 * {@code PageSizeBenchmark [prefill] [reports]
 * [keysPerPage,...]}.
 */
public final class PageSizeBenchmark {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	private PageSizeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int prefill = (args.length > 0) ? Integer.parseInt(args[0]) : 20_000;
		int reports = (args.length > 1) ? Integer.parseInt(args[1]) : 4_000;
		String[] sizes = ((args.length > 2) ? args[2] : "48,16,8").split(",");
		int cacheMegabytes = (args.length > 3) ? Integer.parseInt(args[3]) : 96;
		int inFlight = (args.length > 4) ? Integer.parseInt(args[4]) : 64;
		Path folder = Files.createTempDirectory("page-size-bench");
		for (int round = 1; round <= 2; round++) {
			for (String size : sizes) {
				int keysPerPage = Integer.parseInt(size.strip());
				run(folder.resolve("r" + round + "-k" + keysPerPage + ".mv"), keysPerPage, cacheMegabytes, inFlight,
						prefill, reports, round);
			}
		}
	}

	private static void run(Path file, int keysPerPage, int cacheMegabytes, int inFlight, int prefill, int reports,
			int round) throws Exception {
		MongoServer server = new MongoServer(new BsonH2Backend(file.toString(), cacheMegabytes, keysPerPage));
		InetSocketAddress address = server.bind();
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
			MongoCollection<Document> collection = client.getDatabase("bench").getCollection("reports");
			List<Document> batch = new ArrayList<>();
			for (int i = 0; i < prefill; i++) {
				batch.add(report(id()));
				if (batch.size() == 1_000) {
					collection.insertMany(batch);
					batch.clear();
				}
			}
			// let the prefill's commits finish before measuring
			Thread.sleep(2_000);
			String[] recent = new String[inFlight];
			long cpu0 = processCpuNanos();
			long start = System.nanoTime();
			int writes = 0;
			for (int i = 0; i < reports; i++) {
				String id = id();
				collection.insertOne(report(id));
				recent[i % recent.length] = id;
				writes++;
				for (int step = 0; step < 6; step++) {
					String target = recent[RANDOM.nextInt(Math.min(i + 1, recent.length))];
					String eventId = "ev-" + i + "-" + step;
					collection.updateOne(Filters.and(Filters.eq("_id", target), Filters.ne("history.eventId", eventId)),
							Updates.combine(Updates.set("status", "STEP_" + step), Updates.push("history",
									new Document("eventId", eventId).append("status", "STEP_" + step))));
					writes++;
					if (step % 2 == 0) {
						collection.find(Filters.eq("_id", target)).first();
					}
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			// the commits of the last second belong to this run
			Thread.sleep(1_500);
			double cpuMs = (processCpuNanos() - cpu0) / 1e6;
			System.out.printf("round %d  keysPerPage %3d  %,7.0f writes/s  %6.1f reports/s  CPU %.2f ms per write%n",
					round, keysPerPage, writes / seconds, reports / seconds, cpuMs / writes);
		}
		finally {
			server.shutdownNow();
		}
	}

	private static Document report(String id) {
		StringBuilder text = new StringBuilder();
		while (text.length() < 1_600) {
			text.append("Un faux site de livraison demande le paiement des frais de douane par carte. ");
		}
		List<Document> history = new ArrayList<>();
		for (String status : List.of("SUBMITTED", "EVIDENCE_SECURED")) {
			history.add(new Document("eventId", id + status).append("status", status).append("at", "2026-11-29"));
		}
		return new Document("_id", id).append("receipt", id.toLowerCase())
			.append("status", "SUBMITTED")
			.append("category", "ONLINE_FRAUD")
			.append("description", text.toString())
			.append("history", history)
			.append("outbox", List.of());
	}

	private static String id() {
		StringBuilder id = new StringBuilder("R-");
		for (int i = 0; i < 12; i++) {
			id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return id.toString();
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

}
