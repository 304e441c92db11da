package org.iblagh.support.health;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Pings the database. Boot's own Mongo check sends {@code hello}, which the embedded
 * wire-protocol server rejects; {@code ping} works on both it and a real MongoDB.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

	private final MongoTemplate mongo;

	public MongoPingHealthIndicator(MongoTemplate mongo) {
		super("MongoDB ping failed");
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Document result = this.mongo.executeCommand(new Document("ping", 1));
		builder.up().withDetail("database", this.mongo.getDb().getName()).withDetail("ok", result.get("ok"));
	}

}
