package org.iblagh.support.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.iblagh.contracts.IntegrationEvent;

import org.springframework.core.env.Environment;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

/**
 * Reads the events of a polled batch for a batch-mode consumer: each record is decoded
 * and checked on its own, a malformed one goes to the group's dead-letter topic, the
 * others are handed on in order. Then the consumer applies them with one bulk write
 * through {@link #write}.
 */
public class EventBatchReader {

	private final EventCodec codec;

	private final DeadLetterPublisher deadLetters;

	private final Environment environment;

	private final RetryTemplate retry;

	public EventBatchReader(EventCodec codec, DeadLetterPublisher deadLetters, Environment environment) {
		this.codec = codec;
		this.deadLetters = deadLetters;
		this.environment = environment;
		this.retry = retryLikeTheBindings(environment);
	}

	/**
	 * @param function the consumer function; its binding {@code <function>-in-0} names
	 * the group whose dead-letter topic receives malformed events
	 * @param check throws {@link MalformedEventException} for an event the consumer
	 * cannot use
	 */
	public <T extends IntegrationEvent> List<T> read(PolledBatch batch, String function, Class<T> type,
			Consumer<T> check) {
		List<T> events = new ArrayList<>(batch.size());
		for (int i = 0; i < batch.size(); i++) {
			try {
				T event = this.codec.decode(batch.payload(i), type);
				check.accept(event);
				events.add(event);
			}
			catch (MalformedEventException ex) {
				this.deadLetters.send(batch, i, groupOf(function), ex);
			}
		}
		return events;
	}

	/**
	 * Runs a batch's write, again after a back-off when it fails, with the retry settings
	 * of the service's record bindings ({@code spring.cloud.stream.default.consumer.*});
	 * the writes must be idempotent. The last failure is thrown, and the binder then
	 * sends the poll to the dead-letter topic.
	 */
	public void write(Runnable write) {
		this.retry.invoke(write);
	}

	/**
	 * As {@link #write(Runnable)}, for a write that answers what it did.
	 */
	public <T> T write(Supplier<T> write) {
		return this.retry.invoke(write);
	}

	private static RetryTemplate retryLikeTheBindings(Environment environment) {
		String prefix = "spring.cloud.stream.default.consumer.";
		// the same defaults as Spring Cloud Stream's own ConsumerProperties
		int attempts = environment.getProperty(prefix + "max-attempts", Integer.class, 3);
		long initial = environment.getProperty(prefix + "back-off-initial-interval", Long.class, 1000L);
		long max = environment.getProperty(prefix + "back-off-max-interval", Long.class, 10000L);
		double multiplier = environment.getProperty(prefix + "back-off-multiplier", Double.class, 2.0);
		return new RetryTemplate(RetryPolicy.builder()
			.maxRetries(Math.max(0, attempts - 1))
			.delay(Duration.ofMillis(initial))
			.maxDelay(Duration.ofMillis(max))
			.multiplier(multiplier)
			.build());
	}

	private String groupOf(String function) {
		return this.environment.getProperty("spring.cloud.stream.bindings." + function + "-in-0.group",
				this.environment.getProperty("spring.application.name", "unknown"));
	}

}
