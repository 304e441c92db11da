package org.iblagh.support.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.iblagh.contracts.IntegrationEvent;

import org.springframework.core.env.Environment;

/**
 * Reads the events of a polled batch for a batch-mode consumer: each record is decoded
 * and checked on its own, a malformed one goes to the group's dead-letter topic, the
 * others are handed on in order. Then the consumer applies them with one bulk write
 * through {@link #write}.
 */
public class EventBatchReader {

	private static final int ATTEMPTS = 3;

	private static final long FIRST_BACK_OFF_MS = 200;

	private final EventCodec codec;

	private final DeadLetterPublisher deadLetters;

	private final Environment environment;

	public EventBatchReader(EventCodec codec, DeadLetterPublisher deadLetters, Environment environment) {
		this.codec = codec;
		this.deadLetters = deadLetters;
		this.environment = environment;
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
	 * Runs a batch's write, again after a back-off when it fails, as a record binding
	 * retries (3 attempts); the writes must be idempotent. The last failure is thrown,
	 * and the binder then sends the poll to the dead-letter topic.
	 */
	public void write(Runnable write) {
		write(() -> {
			write.run();
			return null;
		});
	}

	/**
	 * As {@link #write(Runnable)}, for a write that answers what it did.
	 */
	public <T> T write(Supplier<T> write) {
		long backOff = FIRST_BACK_OFF_MS;
		for (int attempt = 1;; attempt++) {
			try {
				return write.get();
			}
			catch (RuntimeException ex) {
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
			}
			try {
				Thread.sleep(backOff);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted between attempts of a batch write", ex);
			}
			backOff *= 4;
		}
	}

	private String groupOf(String function) {
		return this.environment.getProperty("spring.cloud.stream.bindings." + function + "-in-0.group",
				this.environment.getProperty("spring.application.name", "unknown"));
	}

}
