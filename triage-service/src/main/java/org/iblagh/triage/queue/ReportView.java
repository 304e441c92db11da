package org.iblagh.triage.queue;

import java.time.Instant;
import java.util.List;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.ContentLocation;
import org.iblagh.contracts.Indicator;
import org.iblagh.contracts.Place;
import org.iblagh.contracts.Priority;
import org.iblagh.contracts.ReportStatus;
import org.iblagh.contracts.SuggestedOffence;
import org.iblagh.contracts.SuspectIdentifier;
import org.iblagh.triage.assessment.ExplanationItem;
import org.iblagh.triage.report.ConversationEntry;
import org.iblagh.triage.report.DecisionRecord;
import org.iblagh.triage.report.HistoryEntry;
import org.iblagh.triage.report.InstructionEntry;

/**
 * A report as the investigator sees it (API.md plus the description, the conversation,
 * the offices' instructions and the history).
 */
public record ReportView(String reportId, ReportStatus status, Category category, double categoryConfidence,
		Priority priority, int score, String language, String summary, String description, Category declaredCategory,
		List<ExplanationItem> explanation, List<Indicator> indicators, String clusterId, List<String> relatedReportIds,
		boolean campaign, List<EvidenceView> evidence, List<SuggestedOffence> suggestedOffences, Place place,
		List<ContentLocation> contentLocations, List<SuspectIdentifier> suspectIdentifiers, Instant receivedAt,
		Instant dueAt, boolean overdue, String claimedBy, DecisionRecord decision, List<ConversationEntry> messages,
		List<InstructionEntry> instructions, List<HistoryEntry> history) {

	/**
	 * An evidence file, hash first.
	 */
	public record EvidenceView(String evidenceId, String fileName, String mediaType, long size, String sha256,
			String pdq, boolean hashListMatch, List<String> flags) {

		public boolean isImage() {
			return this.mediaType != null && this.mediaType.startsWith("image/");
		}

		public boolean isAudio() {
			return this.mediaType != null && this.mediaType.startsWith("audio/");
		}

		public boolean isVideo() {
			return this.mediaType != null && this.mediaType.startsWith("video/");
		}

	}

}
