package org.iblagh.support.metrics;

import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ConnectionDescription;
import com.mongodb.connection.ServerId;
import com.mongodb.event.CommandStartedEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MongoWriteCounterTest {

	private final MongoWriteCounter counter = new MongoWriteCounter();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@Test
	void countsWritesPerCommandAndCollectionAndIgnoresReads() {
		send("insert", "reports");
		send("update", "reports");
		send("update", "reports");
		send("find", "reports");
		send("update", "outbox");
		assertThat(this.counter.snapshot()).containsOnly(entry("insert:reports", 1L), entry("update:outbox", 1L),
				entry("update:reports", 2L));
		assertThat(this.counter.total()).isEqualTo(4);
	}

	@Test
	void publishesCountsSeenBeforeAndAfterBinding() {
		send("update", "reports");
		this.counter.bindTo(this.registry, "intake-service");
		send("update", "reports");
		send("insert", "outbox");
		assertThat(written("update", "reports")).isEqualTo(2);
		assertThat(written("insert", "outbox")).isEqualTo(1);
		assertThat(this.registry.find("iblagh.mongo.writes").tag("service", "intake-service").functionCounters())
			.hasSize(2);
	}

	private double written(String command, String collection) {
		return this.registry.get("iblagh.mongo.writes")
			.tag("command", command)
			.tag("collection", collection)
			.functionCounter()
			.count();
	}

	private void send(String command, String collection) {
		ConnectionDescription connection = new ConnectionDescription(
				new ServerId(new ClusterId(), new ServerAddress("127.0.0.1", 27017)));
		this.counter.commandStarted(new CommandStartedEvent(null, 1, 1, connection, "iblagh", command,
				new BsonDocument(command, new BsonString(collection))));
	}

	private static java.util.Map.Entry<String, Long> entry(String key, long value) {
		return java.util.Map.entry(key, value);
	}

}
