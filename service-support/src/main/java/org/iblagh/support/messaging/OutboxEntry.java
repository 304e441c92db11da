package org.iblagh.support.messaging;

import java.time.Instant;

import org.iblagh.contracts.EventTypes;
import org.iblagh.contracts.IntegrationEvent;

/**
 * An event waiting to be published, stored inside the document whose change it describes
 * so that the change and the event are written in one atomic operation.
 */
public record OutboxEntry(String eventId, String topic, String key, String type, String payload, Instant occurredAt) {

	public static OutboxEntry of(IntegrationEvent event, EventCodec codec) {
		Class<? extends IntegrationEvent> eventClass = event.getClass();
		return new OutboxEntry(event.eventId(), EventTypes.topicOf(eventClass), event.reportId(),
				EventTypes.typeOf(eventClass), codec.encode(event), event.occurredAt());
	}

}
