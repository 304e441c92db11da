package org.iblagh.evidence.web;

import java.util.Map;

import org.iblagh.evidence.export.ReportExporter;
import org.iblagh.evidence.item.ReportState;
import org.iblagh.evidence.item.ReportStore;
import org.iblagh.evidence.retention.RetentionService;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Report-level operations: the export for the prosecutor (investigators, and the offices
 * the report was routed to) and the supervisor's legal hold.
 */
@RestController
@RequestMapping("/api/v1/reports/{reportId}")
class ReportController {

	private final ReportStore reports;

	private final ReportExporter exporter;

	private final RetentionService retention;

	private final Problems problems;

	ReportController(ReportStore reports, ReportExporter exporter, RetentionService retention, Problems problems) {
		this.reports = reports;
		this.exporter = exporter;
		this.retention = retention;
		this.problems = problems;
	}

	@GetMapping("/export")
	ResponseEntity<StreamingResponseBody> export(@PathVariable String reportId, Authentication caller) {
		ReportState report = this.reports.find(reportId)
			.orElseThrow(() -> this.problems.of(HttpStatus.NOT_FOUND, "REPORT_NOT_FOUND"));
		if (Actors.isOffice(caller) && !report.offices().contains(caller.getName())) {
			throw this.problems.of(HttpStatus.FORBIDDEN, "NOT_ROUTED_TO_OFFICE");
		}
		ReportExporter.Export export = this.exporter.prepare(reportId, Actors.actor(caller));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.cacheControl(CacheControl.noStore())
			.header("X-Manifest-SHA256", export.manifestSha256())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("report-" + reportId + ".zip").build().toString())
			.body((out) -> this.exporter.write(export, out));
	}

	@PutMapping("/legal-hold")
	Map<String, Object> legalHold(@PathVariable String reportId, @RequestBody LegalHoldRequest request,
			Authentication caller) {
		if (request == null || request.hold() == null) {
			throw this.problems.of(HttpStatus.BAD_REQUEST, "HOLD_REQUIRED");
		}
		if (!this.retention.legalHold(reportId, request.hold(), Actors.actor(caller))) {
			throw this.problems.of(HttpStatus.NOT_FOUND, "REPORT_NOT_FOUND");
		}
		return Map.of("reportId", reportId, "legalHold", request.hold());
	}

	record LegalHoldRequest(Boolean hold) {
	}

}
