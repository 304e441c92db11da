package org.iblagh.intake.report;

import java.time.Instant;
import java.util.List;

/**
 * One message of the anonymous conversation between reporter and investigators, as
 * stored: its text sealed (see {@link ReportSealer}).
 *
 * @param from REPORTER or INVESTIGATOR
 * @param sealedText the text, AEAD-sealed; null once erased
 * @param evidence late evidence sent with a reporter's message
 */
public record ConversationMessage(String messageId, String from, String sealedText, Instant at, String eventId,
		List<StoredEvidence> evidence) {

	public ConversationMessage {
		evidence = (evidence != null) ? List.copyOf(evidence) : List.of();
	}

}
