package org.iblagh.intake.submission;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

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

	ReportSubmissionController(ReportSubmissionService submissions) {
		this.submissions = submissions;
	}

	@PostMapping(path = "/api/v1/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	SubmissionResult submitJson(@RequestBody SubmitReportRequest report,
			@RequestHeader(name = "X-Proof-Of-Work", required = false) String proof,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		return this.submissions.submit(report, List.of(), proof, idempotencyKey);
	}

	@PostMapping(path = "/api/v1/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	SubmissionResult submitMultipart(@RequestPart("report") SubmitReportRequest report,
			@RequestPart(name = "evidence", required = false) List<MultipartFile> evidence,
			@RequestHeader(name = "X-Proof-Of-Work", required = false) String proof,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		List<IncomingFile> files = (evidence != null)
				? evidence.stream().map(MultipartIncomingFile::new).map(IncomingFile.class::cast).toList() : List.of();
		return this.submissions.submit(report, files, proof, idempotencyKey);
	}

	private record MultipartIncomingFile(MultipartFile file) implements IncomingFile {

		@Override
		public String fileName() {
			return this.file.getOriginalFilename();
		}

		@Override
		public String contentType() {
			return this.file.getContentType();
		}

		@Override
		public long size() {
			return this.file.getSize();
		}

		@Override
		public InputStream open() throws IOException {
			return this.file.getInputStream();
		}

	}

}
