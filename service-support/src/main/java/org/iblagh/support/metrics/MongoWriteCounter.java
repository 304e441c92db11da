package org.iblagh.support.metrics;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/**
 * Counts the write commands this service sends to MongoDB, per command and collection:
 * the database is the throughput ceiling on one machine, so writes per report are a
 * number to watch (exposed at {@code /actuator/mongowrites}).
 */
public class MongoWriteCounter implements CommandListener {

	private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify");

	private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		String command = event.getCommandName();
		if (WRITES.contains(command)) {
			org.bson.BsonValue collection = event.getCommand().get(command);
			String key = command + ":"
					+ ((collection != null && collection.isString()) ? collection.asString().getValue() : "?");
			this.counts.computeIfAbsent(key, (k) -> new LongAdder()).increment();
		}
	}

	public Map<String, Long> snapshot() {
		Map<String, Long> result = new TreeMap<>();
		this.counts.forEach((k, v) -> result.put(k, v.sum()));
		return result;
	}

	public long total() {
		return this.counts.values().stream().mapToLong(LongAdder::sum).sum();
	}

}
