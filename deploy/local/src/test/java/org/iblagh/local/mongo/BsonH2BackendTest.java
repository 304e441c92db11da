package org.iblagh.local.mongo;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.mongodb.MongoWriteException;
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
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database keeps every BSON value, its unique indexes and their ordering
 * across restarts, and takes over a data file written by the stock H2 backend.
 */
class BsonH2BackendTest {

	@TempDir
	Path folder;

	@Test
	void keepsEveryValueTypeAcrossARestart() {
		String file = this.folder.resolve("db.mv").toString();
		ObjectId oid = new ObjectId();
		UUID uuid = UUID.randomUUID();
		Document original = new Document("_id", oid).append("text", "بلاغ — «signalement» ✓")
			.append("int", 42)
			.append("long", 1L << 40)
			.append("double", 0.1)
			.append("decimal", Decimal128.parse("12.345"))
			.append("date", Date.from(Instant.parse("2026-11-28T10:15:30.123Z")))
			.append("bool", true)
			.append("null", null)
			.append("binary", new Binary(new byte[] { 0, 1, 2, (byte) 255 }))
			.append("uuid", uuid)
			.append("nested", new Document("a", List.of(1, "two", new Document("three", 3.0))));
		with(new BsonH2Backend(file, 8), (reports) -> reports.insertOne(original));
		with(new BsonH2Backend(file, 8), (reports) -> {
			Document stored = reports.find(Filters.eq("_id", oid)).first();
			assertThat(stored).isNotNull();
			assertThat(stored.toJson()).isEqualTo(original.toJson());
			assertThat(stored.get("int")).isInstanceOf(Integer.class);
			assertThat(stored.get("long")).isInstanceOf(Long.class);
		});
	}

	@Test
	void uniqueIndexesAndIdOrderSurviveARestart() {
		String file = this.folder.resolve("db.mv").toString();
		with(new BsonH2Backend(file, 8), (reports) -> {
			reports.createIndex(Indexes.ascending("receipt"), new IndexOptions().unique(true));
			for (int i = 0; i < 500; i++) {
				reports.insertOne(
						new Document("_id", String.format("R%04d", 499 - i)).append("receipt", "h" + i).append("n", i));
			}
		});
		with(new BsonH2Backend(file, 8), (reports) -> {
			assertThatThrownBy(() -> reports.insertOne(new Document("_id", "other").append("receipt", "h7")))
				.isInstanceOf(MongoWriteException.class);
			assertThatThrownBy(() -> reports.insertOne(new Document("_id", "R0003")))
				.isInstanceOf(MongoWriteException.class);
			assertThat(reports.find(Filters.eq("receipt", "h42")).first().getInteger("n")).isEqualTo(42);
			List<String> ids = reports.find()
				.sort(new Document("_id", 1))
				.limit(3)
				.map((d) -> d.getString("_id"))
				.into(new ArrayList<>());
			assertThat(ids).containsExactly("R0000", "R0001", "R0002");
			// the conditional update of an idempotent consumer: by _id plus a condition
			assertThat(reports
				.updateOne(Filters.and(Filters.eq("_id", "R0010"), Filters.ne("seen", "e1")),
						Updates.push("seen", "e1"))
				.getModifiedCount()).isEqualTo(1);
			assertThat(reports
				.updateOne(Filters.and(Filters.eq("_id", "R0010"), Filters.ne("seen", "e1")),
						Updates.push("seen", "e1"))
				.getModifiedCount()).isZero();
		});
	}

	@Test
	void secondaryIndexesAnswerAsAScanWould() {
		String file = this.folder.resolve("db.mv").toString();
		with(new BsonH2Backend(file, 8), (referrals) -> {
			// documents before the index: it is built from them
			for (int i = 0; i < 300; i++) {
				referrals.insertOne(new Document("_id", "F" + i).append("officeId", "TPI-" + (i % 7))
					.append("seq", (long) i)
					.append("tags", List.of("t" + (i % 3), "all")));
			}
			referrals.createIndex(Indexes.ascending("officeId", "seq"));
			referrals.createIndex(Indexes.ascending("tags"));
			referrals.createIndex(Indexes.ascending("identity.ref"), new IndexOptions().sparse(true));
			referrals.insertOne(new Document("_id", "nested").append("identity", new Document("ref", "RP-1")));
			referrals.insertOne(new Document("_id", "late").append("officeId", "TPI-3").append("seq", 1000L));
			referrals.updateOne(Filters.eq("_id", "F3"), Updates.set("officeId", "TPI-moved"));
			referrals.deleteOne(Filters.eq("_id", "F10"));
		});
		with(new BsonH2Backend(file, 8), (referrals) -> {
			List<String> since = referrals.find(Filters.and(Filters.eq("officeId", "TPI-3"), Filters.gt("seq", 200L)))
				.sort(new Document("seq", 1))
				.map((d) -> d.getString("_id"))
				.into(new ArrayList<>());
			assertThat(since).containsExactly("F206", "F213", "F220", "F227", "F234", "F241", "F248", "F255", "F262",
					"F269", "F276", "F283", "F290", "F297", "late");
			assertThat(referrals.countDocuments(Filters.eq("officeId", "TPI-3"))).isEqualTo(43 + 1 - 2); // 43
																											// generated,
																											// one
																											// late,
																											// F3
																											// moved
																											// away,
																											// F10
																											// deleted
			assertThat(referrals.find(Filters.eq("officeId", "TPI-moved"))
				.map((d) -> d.getString("_id"))
				.into(new ArrayList<>())).containsExactly("F3");
			assertThat(referrals.countDocuments(Filters.eq("tags", "t1"))).isEqualTo(100 - 1);
			assertThat(referrals.countDocuments(Filters.eq("tags", "all"))).isEqualTo(299);
			assertThat(referrals.countDocuments(Filters.eq("officeId", "nobody"))).isZero();
			assertThat(referrals.find(Filters.eq("identity.ref", "RP-1")).first()).isNotNull();
			assertThat(referrals.countDocuments(Filters.eq("identity.ref", "RP-2"))).isZero();
		});
	}

	@Test
	void uniqueIndexesAnswerRangesAsAScanWould() {
		String file = this.folder.resolve("ranges.mv").toString();
		with(new BsonH2Backend(file, 8), (referrals) -> {
			referrals.createIndex(Indexes.ascending("seq"), new IndexOptions().unique(true));
			for (long i = 1; i <= 150; i++) {
				referrals.insertOne(new Document("_id", "F" + i).append("seq", i * 2));
			}
			// other number types and other types sort around the numbers
			referrals.insertOne(new Document("_id", "int").append("seq", 301));
			referrals.insertOne(new Document("_id", "double").append("seq", 302.5));
			referrals.insertOne(new Document("_id", "text").append("seq", "x"));
			referrals.insertOne(new Document("_id", "none"));
		});
		with(new BsonH2Backend(file, 8), (referrals) -> {
			assertThat(ids(referrals, Filters.gt("seq", 290L))).containsExactly("F146", "F147", "F148", "F149", "F150",
					"int", "double");
			assertThat(ids(referrals, Filters.gte("seq", 296))).containsExactly("F148", "F149", "F150", "int",
					"double");
			assertThat(ids(referrals, Filters.gt("seq", 299.5))).containsExactly("F150", "int", "double");
			assertThat(ids(referrals, Filters.lt("seq", 6L))).containsExactly("F1", "F2");
			assertThat(ids(referrals, Filters.lte("seq", 6L))).containsExactly("F1", "F2", "F3");
			assertThat(ids(referrals, Filters.and(Filters.gt("seq", 20L), Filters.lte("seq", 26L))))
				.containsExactly("F11", "F12", "F13");
			assertThat(ids(referrals, Filters.gt("seq", 1000L))).isEmpty();
			assertThat(ids(referrals, Filters.gt("seq", "a"))).containsExactly("text");
			assertThat(referrals.find(Filters.gt("seq", 0L))
				.sort(new Document("seq", -1))
				.limit(1)
				.first()
				.getString("_id")).isEqualTo("double");
		});
	}

	@Test
	void conjunctionsAndCountsWithAnIndexedConditionReadNoWholeCollection() {
		String file = this.folder.resolve("plans.mv").toString();
		with(new BsonH2Backend(file, 8), (referrals) -> {
			referrals.createIndex(Indexes.ascending("seq"), new IndexOptions().unique(true));
			referrals.createIndex(Indexes.ascending("officeId", "seq"));
			referrals.createIndex(Indexes.ascending("bands"));
			for (long i = 1; i <= 400; i++) {
				referrals.insertOne(new Document("_id", "F" + i).append("officeId", "TPI-" + (i % 4))
					.append("seq", i)
					.append("status", (i % 2 == 0) ? "NOTIFIED" : "ACKNOWLEDGED")
					.append("bands", List.of("0:" + (i % 50), "1:" + (i % 7))));
			}
			long before = BsonH2Backend.collectionScans();
			// a feed tail: an office's referrals after a cursor and up to a horizon
			assertThat(ids(referrals,
					Filters.and(Filters.eq("officeId", "TPI-1"), Filters.gt("seq", 380L), Filters.lte("seq", 393L))))
				.containsExactly("F381", "F385", "F389", "F393");
			// an idempotent consumer's conditional update: by _id, unless already seen
			assertThat(referrals
				.updateOne(Filters.and(Filters.eq("_id", "F7"), Filters.ne("status", "CLOSED")),
						Updates.set("status", "CLOSED"))
				.getModifiedCount()).isEqualTo(1);
			assertThat(referrals
				.updateOne(Filters.and(Filters.eq("_id", "F7"), Filters.ne("status", "CLOSED")),
						Updates.set("status", "CLOSED"))
				.getModifiedCount()).isZero();
			// a conditional update with an $or beside the indexed condition (a version
			// check with "free or mine", a routing "unset or older"), at any depth
			assertThat(
					referrals
						.updateOne(
								Filters.and(Filters.eq("_id", "F8"),
										Filters.and(Filters.eq("status", "NOTIFIED"),
												Filters.or(Filters.exists("claimedBy", false),
														Filters.eq("claimedBy", "ana")))),
								Updates.set("claimedBy", "ana"))
						.getModifiedCount())
				.isEqualTo(1);
			assertThat(referrals.updateOne(
					Filters.and(Filters.eq("_id", "F8"),
							Filters.or(Filters.exists("claimedBy", false), Filters.eq("claimedBy", "omar"))),
					Updates.set("claimedBy", "omar"))
				.getModifiedCount()).isZero();
			assertThat(referrals.find(Filters.eq("_id", "F8")).first().getString("claimedBy")).isEqualTo("ana");
			assertThat(ids(referrals,
					Filters.and(Filters.eq("officeId", "TPI-1"), Filters.gt("seq", 390L),
							Filters.or(Filters.eq("status", "ACKNOWLEDGED"), Filters.eq("seq", 400L)))))
				.containsExactly("F393", "F397");
			// count and exists are aggregations with a leading $match
			assertThat(referrals.countDocuments(Filters.eq("_id", "F12"))).isEqualTo(1);
			assertThat(referrals.countDocuments(Filters.eq("_id", "nothing"))).isZero();
			assertThat(referrals
				.countDocuments(Filters.and(Filters.eq("officeId", "TPI-2"), Filters.eq("status", "NOTIFIED"))))
				.isEqualTo(100);
			assertThat(referrals.countDocuments(Filters.gt("seq", 395L))).isEqualTo(5);
			// an $in on a multikey index (the evidence service's PDQ band keys)
			assertThat(referrals
				.find(Filters.and(Filters.in("bands", List.of("0:3", "0:4", "1:99")), Filters.ne("officeId", "TPI-0")))
				.map((d) -> d.getString("_id"))
				.into(new ArrayList<>())).containsExactlyInAnyOrder("F3", "F53", "F103", "F153", "F203", "F253", "F303",
						"F353", "F54", "F154", "F254", "F354");
			assertThat(BsonH2Backend.collectionScans()).isEqualTo(before);
			// a condition without an index still reads everything, and still answers
			// right
			// F7 was closed above
			assertThat(referrals.countDocuments(Filters.eq("status", "ACKNOWLEDGED"))).isEqualTo(199);
			assertThat(referrals.find(Filters.or(Filters.eq("_id", "F1"), Filters.eq("_id", "F2")))
				.into(new ArrayList<>())).hasSize(2);
			assertThat(BsonH2Backend.collectionScans()).isEqualTo(before + 2);
		});
	}

	@Test
	void aSparseIndexFindsTheDocumentsWithEventsWaitingWithoutReadingTheOthers() {
		String file = this.folder.resolve("outbox.mv").toString();
		with(new BsonH2Backend(file, 8), (reports) -> {
			reports.createIndex(Indexes.ascending("outbox.eventId"), new IndexOptions().sparse(true));
			for (int i = 0; i < 300; i++) {
				List<Document> outbox = (i % 100 == 7)
						? List.of(new Document("eventId", "e" + i + "a"), new Document("eventId", "e" + i + "b"))
						: List.of();
				reports.insertOne(new Document("_id", "R" + i).append("outbox", outbox));
			}
			reports.insertOne(new Document("_id", "R-without-outbox"));
			long before = BsonH2Backend.collectionScans();
			assertThat(waiting(reports)).containsExactlyInAnyOrder("R7", "R107", "R207");

			// the relay confirms R7's events; R50 queues one
			reports.updateOne(Filters.eq("_id", "R7"), Updates.set("outbox", List.of()));
			reports.updateOne(Filters.eq("_id", "R50"), Updates.push("outbox", new Document("eventId", "e50")));
			assertThat(waiting(reports)).containsExactlyInAnyOrder("R50", "R107", "R207");
			assertThat(BsonH2Backend.collectionScans()).isEqualTo(before);
		});
	}

	private static List<String> waiting(MongoCollection<Document> reports) {
		return reports.find(Filters.exists("outbox.eventId")).map((d) -> d.getString("_id")).into(new ArrayList<>());
	}

	private static List<String> ids(MongoCollection<Document> collection, org.bson.conversions.Bson query) {
		return collection.find(query)
			.sort(new Document("seq", 1))
			.map((d) -> d.getString("_id"))
			.into(new ArrayList<>());
	}

	@Test
	void convertsADataFileOfTheStockBackendOnce() {
		String file = this.folder.resolve("db.mv").toString();
		with(new H2Backend(file), (reports) -> {
			reports.createIndex(Indexes.ascending("receipt"), new IndexOptions().unique(true));
			for (int i = 0; i < 200; i++) {
				reports.insertOne(new Document("_id", new ObjectId()).append("receipt", "h" + i)
					.append("body", new Document("n", i)));
			}
		});
		for (int restart = 0; restart < 2; restart++) {
			with(new BsonH2Backend(file, 8), (reports) -> {
				assertThat(reports.countDocuments()).isEqualTo(200);
				assertThat(reports.find(Filters.eq("body.n", 150)).first().getString("receipt")).isEqualTo("h150");
				assertThatThrownBy(() -> reports.insertOne(new Document("receipt", "h5")))
					.isInstanceOf(MongoWriteException.class);
				reports.insertOne(new Document("receipt", "new-" + UUID.randomUUID()));
				reports.deleteOne(Filters.regex("receipt", "^new-"));
			});
		}
	}

	@Test
	void updatesWhileTheStoreWritesInTheBackground() throws Exception {
		String file = this.folder.resolve("db.mv").toString();
		int documents = 8;
		int threads = 4;
		long[] pushes = new long[documents];
		with(new BsonH2Backend(file, 8), (reports) -> {
			for (int i = 0; i < documents; i++) {
				reports.insertOne(new Document("_id", "R-" + i).append("history", new ArrayList<>()));
			}
			// large, growing documents updated in place from several connections while
			// MVStore's background writer serializes the same values
			long until = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
			List<Thread> workers = new ArrayList<>();
			List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
			for (int t = 0; t < threads; t++) {
				int first = t;
				Thread worker = new Thread(() -> {
					try {
						for (int n = first; System.nanoTime() < until; n += threads) {
							int doc = n % documents;
							// a field added then removed: the stored document changes
							// shape
							reports.updateOne(Filters.eq("_id", "R-" + doc),
									Updates.combine(
											Updates.push("history",
													new Document("eventId", UUID.randomUUID().toString())
														.append("detail", "x".repeat(1000))),
											(n / threads % 2 == 0) ? Updates.set("claimedBy", "analyst")
													: Updates.unset("claimedBy")));
							synchronized (pushes) {
								pushes[doc]++;
							}
						}
					}
					catch (Throwable ex) {
						failures.add(ex);
					}
				});
				worker.start();
				workers.add(worker);
			}
			for (Thread worker : workers) {
				try {
					worker.join();
				}
				catch (InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
			}
			assertThat(failures).isEmpty();
		});
		with(new BsonH2Backend(file, 8), (reports) -> {
			for (int i = 0; i < documents; i++) {
				Document stored = reports.find(Filters.eq("_id", "R-" + i)).first();
				assertThat(stored.getList("history", Document.class)).hasSize((int) pushes[i]);
			}
		});
	}

	private static void with(MongoBackend backend, Consumer<MongoCollection<Document>> work) {
		MongoServer server = new MongoServer(backend);
		try {
			InetSocketAddress address = server.bind();
			try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":"
					+ address.getPort() + "/?uuidRepresentation=standard")) {
				work.accept(client.getDatabase("test").getCollection("reports"));
			}
		}
		finally {
			server.shutdownNow();
		}
	}

}
