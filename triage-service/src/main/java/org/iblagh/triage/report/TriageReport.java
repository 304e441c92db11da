package org.iblagh.triage.report;

import java.time.Instant;
import java.util.List;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.Place;
import org.iblagh.contracts.Priority;
import org.iblagh.contracts.ReportContent;
import org.iblagh.contracts.ReportStatus;
import org.iblagh.contracts.SecuredEvidence;
import org.iblagh.support.messaging.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One report as the technical unit sees it: one document per report, so the assessment
 * and its events are written in one atomic operation (the outbox lives inside). The queue
 * fields (status, category, priority, score, dueAt, clusterId) are top-level so the queue
 * can filter and sort on them.
 *
 * @param eventIds the EvidenceSecured events already applied (replays change nothing)
 * @param version incremented on every change by a person, so two decisions cannot
 * overwrite each other
 */
@Document(TriageReport.COLLECTION)
public record TriageReport(@Id String id, ReportStatus status, Category category, Priority priority, int score,
		String summary, Instant receivedAt, Instant dueAt, String clusterId, ReportContent content,
		List<SecuredEvidence> evidence, StoredAssessment assessment, String claimedBy, Instant claimedAt,
		DecisionRecord decision, List<HistoryEntry> history, List<ConversationEntry> messages,
		List<InstructionEntry> instructions, List<String> eventIds, List<OutboxEntry> outbox, long version) {

	public static final String COLLECTION = "reports";

	public TriageReport {
		evidence = (evidence != null) ? List.copyOf(evidence) : List.of();
		history = (history != null) ? List.copyOf(history) : List.of();
		messages = (messages != null) ? List.copyOf(messages) : List.of();
		instructions = (instructions != null) ? List.copyOf(instructions) : List.of();
		eventIds = (eventIds != null) ? List.copyOf(eventIds) : List.of();
		outbox = (outbox != null) ? List.copyOf(outbox) : List.of();
	}

	/**
	 * The place the report is about: an investigator's correction wins over the
	 * citizen's.
	 */
	public Place place() {
		if (this.decision != null && !Place.isUnknown(this.decision.place())) {
			return this.decision.place();
		}
		return (this.content != null) ? this.content.place() : null;
	}

	public boolean hashListMatch() {
		return this.evidence.stream().anyMatch(SecuredEvidence::hashListMatch);
	}

}
