package org.iblagh.intake.report;

import java.time.Instant;
import java.util.List;

import org.iblagh.contracts.ReportContent;
import org.iblagh.support.messaging.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A report as intake holds it: one document per report, so that accepting it and queuing
 * its events is a single atomic write (the outbox lives inside).
 *
 * @param receiptHash HMAC of the receipt; the receipt itself is never stored
 * @param powId the proof-of-work challenge spent on this report (unique: single use)
 * @param idempotencyKeyHash HMAC of the client's Idempotency-Key, or a per-report filler
 * @param content what was reported, with its description removed (it is kept sealed in
 * {@code sealedDescription})
 * @param identity the reporter's sealed contact, null when anonymous or erased
 * @param dismissedAt when the report was dismissed (starts the retention period)
 * @param erasedAt when its personal data was erased
 */
@Document(StoredReport.COLLECTION)
public record StoredReport(@Id String id, String receiptHash, String powId, String idempotencyKeyHash,
		ReportContent content, String sealedDescription, SealedIdentity identity, List<StoredEvidence> evidence,
		List<StatusEntry> history, List<ConversationMessage> messages, List<OutboxEntry> outbox, Instant createdAt,
		Instant dismissedAt, Instant erasedAt) {

	public static final String COLLECTION = "reports";

	public StoredReport {
		evidence = (evidence != null) ? List.copyOf(evidence) : List.of();
		history = (history != null) ? List.copyOf(history) : List.of();
		messages = (messages != null) ? List.copyOf(messages) : List.of();
		outbox = (outbox != null) ? List.copyOf(outbox) : List.of();
	}

	/** The current status: the latest entry of the history. */
	public StatusEntry currentStatus() {
		return this.history.stream()
			.max(java.util.Comparator.comparing(StatusEntry::at))
			.orElseThrow(() -> new IllegalStateException("A report always has a status"));
	}

	/** All evidence received, with the report and later with messages. */
	public long evidenceBytes() {
		return this.evidence.stream().mapToLong(StoredEvidence::size).sum()
				+ this.messages.stream().flatMap((m) -> m.evidence().stream()).mapToLong(StoredEvidence::size).sum();
	}

}
