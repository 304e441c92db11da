package org.iblagh.triage.queue;

import java.security.Principal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/queue} and {@code GET /api/v1/reports/{reportId}}.
 */
@RestController
class QueueController {

	private final ReportQueries queries;

	QueueController(ReportQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/v1/queue")
	QueuePage queue(@RequestParam(required = false) String status, @RequestParam(required = false) String priority,
			@RequestParam(required = false) String category, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Principal user) {
		return this.queries.queue(QueueFilter.parse(status, priority, category, page, size), user.getName());
	}

	@GetMapping("/api/v1/reports/{reportId}")
	ReportView report(@PathVariable String reportId, Principal user) {
		return this.queries.report(reportId, user.getName());
	}

}
