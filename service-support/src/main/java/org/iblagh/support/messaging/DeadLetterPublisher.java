package org.iblagh.support.messaging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.iblagh.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one record of a polled batch to its consumer group's dead-letter topic, as the
 * binder does for a single record: same name ({@code error.<topic>.<group>}), same
 * partition, the original headers plus where it came from and why it failed. A batch
 * binding needs this because the binder would dead-letter the whole poll for one bad
 * record.
 */
public class DeadLetterPublisher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterPublisher.class);

	private final Map<String, Object> config;

	private volatile KafkaProducer<byte[], byte[]> producer;

	public DeadLetterPublisher(String brokers, String serviceName, Map<String, Object> overrides) {
		Map<String, Object> settings = new HashMap<>();
		settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
		settings.put(ProducerConfig.ACKS_CONFIG, "all");
		settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10000);
		settings.put(ProducerConfig.CLIENT_ID_CONFIG, serviceName + "-dead-letters");
		settings.putAll(overrides);
		this.config = Map.copyOf(settings);
	}

	/**
	 * Returns once the broker has the dead letter, so the poll's offsets are committed
	 * only after it is safe.
	 * @throws IllegalStateException when it could not be sent: the batch then fails and
	 * is handled again
	 */
	public void send(PolledBatch batch, int index, String group, Exception cause) {
		String topic = batch.topic(index);
		RecordHeaders headers = new RecordHeaders();
		batch.recordHeaders(index).forEach((name, value) -> {
			if (value instanceof byte[] bytes) {
				headers.add(name, bytes);
			}
			else if (value instanceof String text) {
				headers.add(name, text.getBytes(StandardCharsets.UTF_8));
			}
		});
		headers.add("x-original-topic", utf8(topic));
		headers.add("x-original-partition", ByteBuffer.allocate(4).putInt(batch.partition(index)).array());
		headers.add("x-original-offset", ByteBuffer.allocate(8).putLong(batch.offset(index)).array());
		headers.add("x-exception-fqcn", utf8(cause.getClass().getName()));
		headers.add("x-exception-message", utf8(String.valueOf(cause.getMessage())));
		String deadLetters = Topics.deadLetter(topic, group);
		try {
			producer()
				.send(new ProducerRecord<>(deadLetters, batch.partition(index), batch.key(index), batch.payload(index),
						headers))
				.get(30, TimeUnit.SECONDS);
			log.warn("Event at {}-{}@{} sent to {}: {}", topic, batch.partition(index), batch.offset(index),
					deadLetters, cause.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while dead-lettering", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not send a dead letter to " + deadLetters, ex);
		}
	}

	private KafkaProducer<byte[], byte[]> producer() {
		KafkaProducer<byte[], byte[]> current = this.producer;
		if (current == null) {
			synchronized (this) {
				if (this.producer == null) {
					// made on first use: most services never see a malformed event
					this.producer = new KafkaProducer<>(this.config, new ByteArraySerializer(),
							new ByteArraySerializer());
				}
				current = this.producer;
			}
		}
		return current;
	}

	private static byte[] utf8(String text) {
		return (text != null) ? text.getBytes(StandardCharsets.UTF_8) : new byte[0];
	}

	@Override
	public void close() {
		KafkaProducer<byte[], byte[]> current = this.producer;
		if (current != null) {
			current.close(java.time.Duration.ofSeconds(5));
		}
	}

}
