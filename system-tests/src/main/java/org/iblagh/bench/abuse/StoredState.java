package org.iblagh.bench.abuse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * What the platform has stored, counted from outside with a plain MongoDB client: the
 * documents of every collection of every service's database, and the objects in each S3
 * bucket (files of the local S3 server's folder).
 */
final class StoredState {

	private StoredState() {
	}

	/** {@code db.collection} (or {@code s3:bucket}) → count. */
	static Map<String, Long> count(String mongoUri, Path s3Folder) {
		Map<String, Long> counts = new TreeMap<>();
		try (MongoClient mongo = MongoClients.create(mongoUri)) {
			for (String db : mongo.listDatabaseNames()) {
				if (!db.startsWith("iblagh-")) {
					continue;
				}
				MongoDatabase database = mongo.getDatabase(db);
				for (String collection : database.listCollectionNames()) {
					counts.put(db + "." + collection, database.getCollection(collection).countDocuments());
				}
			}
		}
		if (s3Folder != null && Files.isDirectory(s3Folder)) {
			try (Stream<Path> buckets = Files.list(s3Folder)) {
				for (Path bucket : buckets.filter(Files::isDirectory).toList()) {
					try (Stream<Path> objects = Files.walk(bucket)) {
						counts.put("s3:" + bucket.getFileName(), objects.filter(Files::isRegularFile).count());
					}
				}
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		return counts;
	}

	/** Every entry whose count differs, as after − before. */
	static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
		Map<String, Long> delta = new TreeMap<>();
		after.forEach((k, v) -> {
			long d = v - before.getOrDefault(k, 0L);
			if (d != 0) {
				delta.put(k, d);
			}
		});
		before.forEach((k, v) -> {
			if (!after.containsKey(k)) {
				delta.put(k, -v);
			}
		});
		return delta;
	}

	/**
	 * Waits (bounded) until two counts a few seconds apart are equal: the pipeline has
	 * finished what earlier requests started.
	 */
	static Map<String, Long> settled(String mongoUri, Path s3Folder, java.time.Duration timeout)
			throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		Map<String, Long> last = count(mongoUri, s3Folder);
		while (System.nanoTime() < deadline) {
			Thread.sleep(2000);
			Map<String, Long> now = count(mongoUri, s3Folder);
			if (now.equals(last)) {
				return now;
			}
			last = now;
		}
		return last;
	}

}
