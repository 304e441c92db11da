package org.iblagh.support.messaging;

/**
 * Protects an event's body while it waits in the outbox, for services whose events carry
 * sensitive text (a report's description, a message): at rest it is sealed like the rest
 * of the document, and opened only by the relay on its way to Kafka.
 */
public interface OutboxPayloadSealer {

	/** Leaves payloads as they are, for services whose events carry nothing sensitive. */
	OutboxPayloadSealer NONE = new OutboxPayloadSealer() {
		@Override
		public String seal(String payload, String eventId) {
			return payload;
		}

		@Override
		public String open(String sealed, String eventId) {
			return sealed;
		}
	};

	/**
	 * @param eventId bound to the ciphertext so a sealed body cannot be moved to another
	 * entry
	 */
	String seal(String payload, String eventId);

	String open(String sealed, String eventId);

}
