package org.iblagh.intake.report;

import java.time.Instant;

/**
 * One message of the anonymous conversation between reporter and investigators.
 *
 * @param from REPORTER or INVESTIGATOR
 */
public record ConversationMessage(String messageId, String from, String text, Instant at, String eventId) {
}
