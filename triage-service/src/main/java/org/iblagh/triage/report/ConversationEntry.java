package org.iblagh.triage.report;

import java.time.Instant;

/**
 * A message of the anonymous conversation: {@code from} is REPORTER or INVESTIGATOR.
 *
 * @param author the investigator who wrote it; null for the reporter
 * @param attachments how many late evidence files came with a reporter's message
 */
public record ConversationEntry(String messageId, String from, String author, String text, int attachments, Instant at,
		String eventId) {

	public static final String REPORTER = "REPORTER";

	public static final String INVESTIGATOR = "INVESTIGATOR";

}
