package org.iblagh.intake.followup;

import java.time.Instant;
import java.util.List;

import org.iblagh.contracts.ReportStatus;

/**
 * What a reporter sees with their receipt: status codes with translated labels and the
 * conversation. Never the prosecutor's text unless marked for the reporter.
 */
public record FollowUpView(String reportId, ReportStatus status, String label, List<HistoryItem> history,
		List<MessageItem> messages) {

	public record HistoryItem(ReportStatus status, String label, Instant at) {
	}

	/**
	 * @param evidence late evidence sent with a reporter's message (empty otherwise)
	 */
	public record MessageItem(String from, String text, Instant at, List<EvidenceItem> evidence) {
	}

	public record EvidenceItem(String evidenceId, String fileName, long size, String sha256) {
	}

}
