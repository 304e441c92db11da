package org.iblagh.support.messaging;

import java.time.Instant;

import org.bson.Document;
import org.iblagh.contracts.EventTypes;
import org.iblagh.contracts.IntegrationEvent;
import org.iblagh.support.observability.TraceParent;

/**
 * An event waiting to be published, stored inside the document whose change it describes
 * so that the change and the event are written in one atomic operation.
 *
 * @param traceparent the W3C trace context current when the event was created (null when
 * there was none): the relay publishes later from its own thread, so the context must
 * travel with the entry to reach the Kafka record
 */
public record OutboxEntry(String eventId, String topic, String key, String type, String payload, Instant occurredAt,
		String traceparent) {

	/**
	 * Marks a payload the relay must open with the service's {@link OutboxPayloadSealer}.
	 */
	public static final String SEALED_PREFIX = "sealed:";

	public static OutboxEntry of(IntegrationEvent event, EventCodec codec) {
		Class<? extends IntegrationEvent> eventClass = event.getClass();
		return new OutboxEntry(event.eventId(), EventTypes.topicOf(eventClass), event.reportId(),
				EventTypes.typeOf(eventClass), codec.encode(event), event.occurredAt(), TraceParent.current());
	}

	/** An entry whose body is sealed at rest (see {@link OutboxPayloadSealer}). */
	public static OutboxEntry sealed(IntegrationEvent event, EventCodec codec, OutboxPayloadSealer sealer) {
		OutboxEntry plain = of(event, codec);
		return new OutboxEntry(plain.eventId(), plain.topic(), plain.key(), plain.type(),
				SEALED_PREFIX + sealer.seal(plain.payload(), plain.eventId()), plain.occurredAt(), plain.traceparent());
	}

	/**
	 * The entry as a BSON document, for stores that write their documents by hand; the
	 * field names are those the {@link OutboxRelay} reads.
	 */
	public Document toDocument() {
		Document doc = new Document("eventId", this.eventId).append("topic", this.topic)
			.append("key", this.key)
			.append("type", this.type)
			.append("payload", this.payload)
			.append("occurredAt", java.util.Date.from(this.occurredAt));
		if (this.traceparent != null) {
			doc.append("traceparent", this.traceparent);
		}
		return doc;
	}

	/** The body to publish, opened if it was sealed. */
	public String payloadFor(OutboxPayloadSealer sealer) {
		return this.payload.startsWith(SEALED_PREFIX)
				? sealer.open(this.payload.substring(SEALED_PREFIX.length()), this.eventId) : this.payload;
	}

}
