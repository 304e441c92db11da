package org.iblagh.local.mongo;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;

/**
 * Stock H2 backend against {@link BsonH2Backend} through a real driver: single inserts of
 * 1.5 KB documents with a unique index, conditional updates by {@code _id} plus a
 * condition (what every idempotent consumer does), finds by {@code _id}. A plain
 * {@code main} (see docs/benchmarks.md), not a test.
 */
public final class EmbeddedMongoBenchmark {

	private EmbeddedMongoBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int documents = (args.length > 0) ? Integer.parseInt(args[0]) : 3000;
		Path folder = Files.createTempDirectory("mongo-bench");
		for (int round = 1; round <= 3; round++) {
			String suffix = round + ".mv";
			run("stock H2 (round " + round + ")", () -> new H2Backend(folder.resolve("stock" + suffix).toString()),
					documents);
			run("BSON H2 (round " + round + ")",
					() -> new BsonH2Backend(folder.resolve("bson" + suffix).toString(), 96), documents);
		}
	}

	private static void run(String name, Supplier<MongoBackend> backend, int n) {
		MongoServer server = new MongoServer(backend.get());
		InetSocketAddress address = server.bind();
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
			MongoCollection<Document> reports = client.getDatabase("bench").getCollection("reports");
			reports.createIndex(Indexes.ascending("receipt"), new IndexOptions().unique(true));
			String body = "x".repeat(1500);
			long start = System.nanoTime();
			for (int i = 0; i < n; i++) {
				reports.insertOne(new Document("_id", "R" + i).append("receipt", "h" + i)
					.append("body", body)
					.append("history", List.of(new Document("e", "a"))));
			}
			long inserted = System.nanoTime();
			for (int i = 0; i < n; i++) {
				reports.updateOne(Filters.and(Filters.eq("_id", "R" + i), Filters.ne("history.e", "b")),
						Updates.push("history", new Document("e", "b")));
			}
			long updated = System.nanoTime();
			for (int i = 0; i < n; i++) {
				reports.find(Filters.eq("_id", "R" + (i * 7 % n))).first();
			}
			long found = System.nanoTime();
			System.out.printf("%-22s insert %6.0f/s   conditional update %6.0f/s   find by _id %6.0f/s%n", name,
					n / ((inserted - start) / 1e9), n / ((updated - inserted) / 1e9), n / ((found - updated) / 1e9));
		}
		finally {
			server.shutdownNow();
		}
	}

}
