package org.iblagh.notification.referral.store;

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
		EmbeddedMongo mongo = EmbeddedMongo.startedOnFreePort(Path.of("target"), name);
		return new ReferralDatabase(mongo, MongoClients.create(mongo.uri()));
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
