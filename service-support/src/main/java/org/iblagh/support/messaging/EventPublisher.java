package org.iblagh.support.messaging;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.iblagh.contracts.CloudEventHeaders;
import org.iblagh.contracts.Topics;
import org.iblagh.support.observability.TraceParent;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends outbox entries to Kafka as CloudEvents in binary mode, asynchronously, so that a
 * relay can confirm many at once.
 */
public class EventPublisher implements AutoCloseable {

	private static final ObjectMapper STATUS_READER = JsonMapper.builder().build();

	private final KafkaProducer<String, byte[]> producer;

	private final String source;

	public EventPublisher(String brokers, String serviceName) {
		this(brokers, serviceName, Map.of());
	}

	public EventPublisher(String brokers, String serviceName, Map<String, Object> overrides) {
		Map<String, Object> config = new java.util.HashMap<>();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 2);
		// while Kafka is down a send fails fast and the outbox keeps the event for a
		// retry
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000);
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
		config.put(ProducerConfig.CLIENT_ID_CONFIG, serviceName + "-outbox");
		config.putAll(overrides);
		this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
		this.source = "/iblagh/" + serviceName;
	}

	public CompletableFuture<Void> publish(OutboxEntry entry) {
		RecordHeaders headers = new RecordHeaders();
		headers.add(CloudEventHeaders.SPEC_VERSION, bytes("1.0"));
		headers.add(CloudEventHeaders.ID, bytes(entry.eventId()));
		headers.add(CloudEventHeaders.TYPE, bytes(entry.type()));
		headers.add(CloudEventHeaders.SOURCE, bytes(this.source));
		headers.add(CloudEventHeaders.TIME, bytes(DateTimeFormatter.ISO_INSTANT.format(entry.occurredAt())));
		headers.add(CloudEventHeaders.SUBJECT, bytes(entry.key()));
		headers.add(CloudEventHeaders.CONTENT_TYPE, bytes("application/json"));
		if (Topics.REPORT_STATUS.equals(entry.topic())) {
			String status = statusOf(entry.payload());
			if (status != null) {
				headers.add(CloudEventHeaders.REPORT_STATUS, bytes(status));
			}
		}
		if (entry.traceparent() != null) {
			// W3C Trace Context: the consumer continues the trace that created the event
			headers.add(TraceParent.HEADER, bytes(entry.traceparent()));
		}
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(entry.topic(), null, entry.key(),
				entry.payload().getBytes(StandardCharsets.UTF_8), headers);
		CompletableFuture<Void> done = new CompletableFuture<>();
		try {
			this.producer.send(record, (metadata, error) -> {
				if (error != null) {
					done.completeExceptionally(error);
				}
				else {
					done.complete(null);
				}
			});
		}
		catch (RuntimeException ex) {
			done.completeExceptionally(ex);
		}
		return done;
	}

	private static String statusOf(String payload) {
		try {
			String status = STATUS_READER.readTree(payload).path("status").asString(null);
			return (status != null && !status.isBlank()) ? status : null;
		}
		catch (RuntimeException ex) {
			// not ours to judge: the consumers' decoder sends a malformed event to its
			// dead-letter topic
			return null;
		}
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		this.producer.close(java.time.Duration.ofSeconds(5));
	}

}
