package org.iblagh.support.messaging;

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
			// the parser's own message quotes what it read, which may be a reporter's
			// words,
			// and the message is logged and sent with the dead letter: say where, never
			// what
			throw new MalformedEventException(
					"Not a valid " + type.getSimpleName() + " (" + ex.getClass().getSimpleName() + at(ex) + ")");
		}
		if (event == null || event.eventId() == null || event.eventId().isBlank() || event.reportId() == null
				|| event.reportId().isBlank()) {
			throw new MalformedEventException(type.getSimpleName() + " without eventId or reportId");
		}
		return event;
	}

	private static String at(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "" : " at " + path;
	}

	public JsonMapper mapper() {
		return this.mapper;
	}

}
