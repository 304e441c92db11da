package org.iblagh.triage.statistics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.iblagh.local.EmbeddedMongo;
import org.iblagh.triage.statistics.domain.FunnelTable;
import org.iblagh.triage.statistics.domain.RegionTable;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * How long one statistics scan takes at 100,000 reports on the embedded Mongo-wire server
 * (not part of the suite: the name matches neither the unit nor the integration test
 * pattern). Run by hand:
 * {@code ./mvnw -pl triage-service test -Dtest=FunnelSourceBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dreports=100000]}; the data stays in
 * {@code target/bench/} for the next run. Prints the times; asserts only that the scan
 * saw every report.
 */
class FunnelSourceBenchmark {

	@Test
	void scan() throws Exception {
		int n = Integer.getInteger("reports", 100_000);
		Path dir = Path.of("target", "bench", "n" + n);
		Files.createDirectories(dir);
		int port;
		try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
			port = free.getLocalPort();
		}
		try (EmbeddedMongo mongo = new EmbeddedMongo(dir.resolve("m.mv"), port)) {
			mongo.start();
			try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
				MongoTemplate template = new MongoTemplate(client, "bench");
				Random random = new Random(1);
				String[] cities = { "Rabat", "Casablanca", "Tanger", "Fès", "Marrakech", "Agadir", "Oujda", "",
						"Atlantis" };
				String[] categories = { "ONLINE_FRAUD", "DRUGS", "HARASSMENT_THREATS", "OTHER", "CYBERATTACK" };
				String description = "x".repeat(800);
				long t0 = System.nanoTime();
				boolean present = template.getCollection("reports").countDocuments() == n;
				List<Document> batch = new ArrayList<>();
				for (int i = 0; i < (present ? 0 : n); i++) {
					Instant received = Instant.now().minus(random.nextInt(360), ChronoUnit.DAYS);
					List<Document> history = new ArrayList<>();
					history.add(new Document("status", "UNDER_REVIEW").append("source", "triage-service")
						.append("at", Date.from(received))
						.append("eventId", UUID.randomUUID().toString()));
					if (random.nextBoolean()) {
						history.add(new Document("status", "REFERRED").append("source", "triage-service")
							.append("at", Date.from(received))
							.append("eventId", UUID.randomUUID().toString()));
					}
					batch.add(new Document("_id", "R-" + i).append("status", "UNDER_REVIEW")
						.append("category", categories[random.nextInt(categories.length)])
						.append("priority", "P3")
						.append("score", 30)
						.append("summary", "s".repeat(120))
						.append("receivedAt", Date.from(received))
						.append("content",
								new Document("description", description).append("place",
										new Document("city", cities[random.nextInt(cities.length)])))
						.append("evidence",
								List.of(new Document("evidenceId", "E-" + i).append("sha256", "a".repeat(64))))
						.append("assessment",
								new Document("explanation",
										List.of(new Document("rule", "r").append("detail", "d".repeat(200)))))
						.append("history", history)
						.append("instructions", List.of())
						.append("eventIds", List.of(UUID.randomUUID().toString()))
						.append("outbox", List.of()));
					if (batch.size() == 1000) {
						template.getCollection("reports").insertMany(batch);
						batch.clear();
					}
				}
				System.out.printf("inserted %d in %d ms%n", n, (System.nanoTime() - t0) / 1_000_000);
				FunnelSource source = new FunnelSource(template, RegionTable.load());
				for (int run = 0; run < 2; run++) {
					long t = System.nanoTime();
					int docs = 0;
					for (Document d : template.getCollection("reports").find().batchSize(1000)) {
						docs++;
					}
					System.out.printf("full documents %d: %d in %d ms%n", run, docs,
							(System.nanoTime() - t) / 1_000_000);
					t = System.nanoTime();
					docs = 0;
					for (Document d : template.getCollection("reports")
						.find()
						.projection(new Document("receivedAt", 1))) {
						docs++;
					}
					System.out.printf("one field %d: %d in %d ms%n", run, docs, (System.nanoTime() - t) / 1_000_000);
				}
				for (int run = 0; run < 3; run++) {
					long t = System.nanoTime();
					FunnelTable table = source.read(Instant.now().minus(400, ChronoUnit.DAYS));
					long counted = table.keys()
						.stream()
						.mapToLong((k) -> table.count(k, org.iblagh.triage.statistics.domain.Stage.RECEIVED))
						.sum();
					org.assertj.core.api.Assertions.assertThat(counted).isEqualTo(n);
					System.out.printf("scan %d: %d cells in %d ms%n", run, table.size(),
							(System.nanoTime() - t) / 1_000_000);
				}
			}
		}
	}

}
