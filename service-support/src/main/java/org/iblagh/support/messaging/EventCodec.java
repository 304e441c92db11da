package org.iblagh.support.messaging;

import java.nio.charset.StandardCharsets;

import org.iblagh.contracts.IntegrationEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON bodies of integration events. Unknown fields are ignored so that additive changes
 * to a contract never break a consumer.
 */
public final class EventCodec {

	private final JsonMapper mapper = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	public String encode(IntegrationEvent event) {
		return this.mapper.writeValueAsString(event);
	}

	/**
	 * @throws MalformedEventException when the body is not a valid event of that type, so
	 * that the message goes to the dead-letter topic
	 */
	public <T extends IntegrationEvent> T decode(byte[] body, Class<T> type) {
		T event;
		try {
			event = this.mapper.readValue(body, type);
		}
		catch (JacksonException ex) {
			throw new MalformedEventException("Not a valid " + type.getSimpleName() + ": " + ex.getOriginalMessage(),
					ex);
		}
		if (event == null || event.eventId() == null || event.eventId().isBlank() || event.reportId() == null
				|| event.reportId().isBlank()) {
			throw new MalformedEventException(type.getSimpleName() + " without eventId or reportId: "
					+ new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8));
		}
		return event;
	}

	public JsonMapper mapper() {
		return this.mapper;
	}

}
