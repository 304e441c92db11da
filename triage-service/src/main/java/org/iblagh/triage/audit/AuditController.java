package org.iblagh.triage.audit;

import java.util.List;
import java.util.Map;

import org.iblagh.support.web.ApiException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log for supervisors (the security rules refuse analysts). Read-only: there is
 * deliberately no write endpoint.
 */
@RestController
class AuditController {

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/api/v1/audit")
	Map<String, Object> audit(@RequestParam(required = false) String reportId,
			@RequestParam(required = false) String actor, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		if (page < 0 || size < 1 || size > 500) {
			throw ApiException.badRequest("INVALID_PAGE", "page must be >= 0 and size between 1 and 500.");
		}
		List<AuditEntry> entries = this.log.find(reportId, actor, page, size);
		return Map.of("content", entries, "page", page, "size", size);
	}

}
