package org.iblagh.support.metrics;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the write commands this service sends to MongoDB, per command and collection:
 * the database is the throughput ceiling on one machine, so writes per report are a
 * number to watch (exposed at {@code /actuator/mongowrites}, and once bound as
 * {@code iblagh.mongo.writes{service,command,collection}}).
 */
public class MongoWriteCounter implements CommandListener {

	private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify");

	private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

	private volatile Binding binding;

	@Override
	public void commandStarted(CommandStartedEvent event) {
		String command = event.getCommandName();
		if (WRITES.contains(command)) {
			org.bson.BsonValue collection = event.getCommand().get(command);
			String key = command + ":"
					+ ((collection != null && collection.isString()) ? collection.asString().getValue() : "?");
			this.counts.computeIfAbsent(key, this::newCount).increment();
		}
	}

	/** Publishes every count, present and future, to {@code registry}. */
	public synchronized void bindTo(MeterRegistry registry, String service) {
		this.binding = new Binding(registry, service);
		this.counts.forEach(this::register);
	}

	private synchronized LongAdder newCount(String key) {
		LongAdder count = new LongAdder();
		register(key, count);
		return count;
	}

	private void register(String key, LongAdder count) {
		Binding bound = this.binding;
		if (bound != null) {
			int colon = key.indexOf(':');
			FunctionCounter.builder("iblagh.mongo.writes", count, LongAdder::sum)
				.description("Write commands (insert, update, delete, findAndModify) sent to MongoDB")
				.tags("service", bound.service, "command", key.substring(0, colon), "collection",
						key.substring(colon + 1))
				.register(bound.registry);
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

	private record Binding(MeterRegistry registry, String service) {
	}

}
