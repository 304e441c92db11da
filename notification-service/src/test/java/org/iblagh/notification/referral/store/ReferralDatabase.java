package org.iblagh.notification.referral.store;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.iblagh.local.EmbeddedMongo;
import org.iblagh.support.messaging.OutboxRelay;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A real MongoDB wire server (the embedded one) on a free port, for tests of the referral
 * store alone; each database name is a fresh, empty database.
 */
public final class ReferralDatabase implements AutoCloseable {

	private final EmbeddedMongo mongo;

	private final MongoClient client;

	private ReferralDatabase(EmbeddedMongo mongo, MongoClient client) {
		this.mongo = mongo;
		this.client = client;
	}

	public static ReferralDatabase start(String name) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path dir = Files.createTempDirectory(Path.of("target"), name);
		EmbeddedMongo mongo = new EmbeddedMongo(dir.resolve("mongo.mv.db"), port);
		mongo.start();
		return new ReferralDatabase(mongo, MongoClients.create("mongodb://127.0.0.1:" + port));
	}

	public MongoTemplate template(String database) {
		return new MongoTemplate(this.client, database);
	}

	/** A store on a database, with indexes, whose outbox is never relayed. */
	public ReferralStore store(MongoTemplate database) {
		ReferralStore store = new ReferralStore(database, new OutboxRelay(database, null, List.of(), Duration.ZERO));
		store.createIndexes();
		return store;
	}

	@Override
	public void close() {
		this.client.close();
		this.mongo.close();
	}

}
