package org.iblagh.intake.submission;

import java.util.List;

/**
 * The 201 answer of a submission. The receipt is shown here only.
 */
public record SubmissionResult(String reportId, String receipt, String statusUrl, List<EvidenceReceipt> evidence) {

	public record EvidenceReceipt(String evidenceId, String fileName, long size, String sha256) {
	}

}
