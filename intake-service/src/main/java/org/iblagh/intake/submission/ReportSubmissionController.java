package org.iblagh.intake.submission;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.iblagh.intake.abuse.AbuseGuard;
import org.iblagh.intake.upload.MultipartFiles;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class ReportSubmissionController {

	private final ReportSubmissionService submissions;

	private final AbuseGuard abuse;

	ReportSubmissionController(ReportSubmissionService submissions, AbuseGuard abuse) {
		this.submissions = submissions;
		this.abuse = abuse;
	}

	@PostMapping(path = "/api/v1/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	SubmissionResult submitJson(@RequestBody SubmitReportRequest report,
			@RequestHeader(name = "X-Proof-Of-Work", required = false) String proof,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			HttpServletRequest request) {
		this.abuse.countSubmission(request.getRemoteAddr());
		return this.submissions.submit(report, List.of(), proof, idempotencyKey);
	}

	@PostMapping(path = "/api/v1/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	SubmissionResult submitMultipart(@RequestPart("report") SubmitReportRequest report,
			@RequestPart(name = "evidence", required = false) List<MultipartFile> evidence,
			@RequestHeader(name = "X-Proof-Of-Work", required = false) String proof,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			HttpServletRequest request) {
		this.abuse.countSubmission(request.getRemoteAddr());
		return this.submissions.submit(report, MultipartFiles.of(evidence), proof, idempotencyKey);
	}

}
