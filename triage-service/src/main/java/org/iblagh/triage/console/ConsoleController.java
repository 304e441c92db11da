package org.iblagh.triage.console;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.OffenceClass;
import org.iblagh.contracts.Priority;
import org.iblagh.contracts.ReportStatus;
import org.iblagh.support.web.ApiException;
import org.iblagh.triage.audit.AuditLog;
import org.iblagh.triage.decision.DecisionService;
import org.iblagh.triage.decision.domain.DecisionCommand;
import org.iblagh.triage.decision.domain.InvalidDecisionException;
import org.iblagh.triage.queue.QueueFilter;
import org.iblagh.triage.queue.ReportQueries;
import org.iblagh.triage.queue.ReportView;
import org.iblagh.triage.report.TriageReport;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The console pages. Reads and actions go through the same services as the API, so they
 * are audited and checked the same way.
 */
@Controller
class ConsoleController {

	private final ReportQueries queries;

	private final DecisionService decisions;

	private final AuditLog audit;

	private final EvidencePreviews previews;

	ConsoleController(ReportQueries queries, DecisionService decisions, AuditLog audit, EvidencePreviews previews) {
		this.queries = queries;
		this.decisions = decisions;
		this.audit = audit;
		this.previews = previews;
	}

	@GetMapping("/console/login")
	String login() {
		return "console/login";
	}

	@GetMapping("/console")
	String queue(@RequestParam(required = false) String status, @RequestParam(required = false) String priority,
			@RequestParam(required = false) String category, @RequestParam(required = false) Integer page,
			Principal user, Model model) {
		QueueFilter filter;
		try {
			filter = QueueFilter.parse(status, priority, category, page, 50);
		}
		catch (ApiException ex) {
			filter = QueueFilter.parse(null, null, null, 0, 50);
			model.addAttribute("error", "console.error.filter");
		}
		model.addAttribute("page", this.queries.queue(filter, user.getName()));
		model.addAttribute("status", status);
		model.addAttribute("priority", priority);
		model.addAttribute("category", category);
		addChoices(model);
		return "console/queue";
	}

	@GetMapping("/console/reports/{reportId}")
	String report(@PathVariable String reportId, @RequestParam(required = false) String reveal, Principal user,
			Model model) {
		ReportView report = this.queries.report(reportId, user.getName());
		model.addAttribute("report", report);
		model.addAttribute("reveal", reveal);
		model.addAttribute("me", user.getName());
		addChoices(model);
		return "console/report";
	}

	/**
	 * The blurred preview of one evidence file, never for a hash-list match.
	 */
	@GetMapping("/console/reports/{reportId}/evidence/{evidenceId}/preview")
	ResponseEntity<byte[]> preview(@PathVariable String reportId, @PathVariable String evidenceId, Principal user) {
		TriageReport report = this.queries.find(reportId);
		var evidence = report.evidence().stream().filter((e) -> e.evidenceId().equals(evidenceId)).findFirst();
		if (evidence.isEmpty()) {
			this.audit.record(user.getName(), "REVEAL_EVIDENCE", reportId, "EVIDENCE_NOT_FOUND", evidenceId);
			return ResponseEntity.notFound().build();
		}
		if (evidence.get().hashListMatch()) {
			// known material is never displayed, not even blurred
			this.audit.record(user.getName(), "REVEAL_EVIDENCE", reportId, "HASH_LIST_MATCH", evidenceId);
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		var preview = this.previews.preview(evidenceId);
		this.audit.record(user.getName(), "REVEAL_EVIDENCE", reportId, preview.isPresent() ? "OK" : "UNAVAILABLE",
				evidenceId);
		return preview
			.map((p) -> ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.contentType(MediaType.parseMediaType(p.contentType()))
				.body(p.bytes()))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.BAD_GATEWAY).build());
	}

	@PostMapping("/console/reports/{reportId}/claim")
	String claim(@PathVariable String reportId, Principal user, RedirectAttributes flash) {
		try {
			this.decisions.claim(reportId, user.getName());
			flash.addFlashAttribute("notice", "console.notice.claimed");
		}
		catch (ApiException ex) {
			flash.addFlashAttribute("error", "console.error." + ex.code());
		}
		return "redirect:" + reportPage(reportId);
	}

	@PostMapping("/console/reports/{reportId}/decision")
	String decide(@PathVariable String reportId, @RequestParam String action,
			@RequestParam(required = false) String category, @RequestParam(required = false) String city,
			@RequestParam(required = false) String province, @RequestParam(required = false) String offenceClass,
			@RequestParam(required = false) String message, @RequestParam(required = false) String reason,
			Principal user, RedirectAttributes flash) {
		try {
			DecisionCommand command = DecisionCommand.parse(action, category, city, province, offenceClass, message,
					reason);
			this.decisions.decide(reportId, user.getName(), command);
			flash.addFlashAttribute("notice", "console.notice.decided." + command.action());
		}
		catch (InvalidDecisionException ex) {
			flash.addFlashAttribute("error", "console.error.invalid");
			flash.addFlashAttribute("invalidFields",
					ex.problems().stream().map(DecisionCommand.Problem::field).toList());
		}
		catch (ApiException ex) {
			flash.addFlashAttribute("error", "console.error." + ex.code());
		}
		return "redirect:" + reportPage(reportId);
	}

	@GetMapping("/console/audit")
	String audit(@RequestParam(required = false) String reportId, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("entries", this.audit.find(reportId, null, Math.max(page, 0), 100));
		model.addAttribute("reportId", reportId);
		return "console/audit";
	}

	/**
	 * The report page of an id as it came in the path, encoded: raw, braces in it were
	 * taken for URI template variables of the redirect (a 500, found by the abuse run).
	 */
	static String reportPage(String reportId) {
		return "/console/reports/" + UriUtils.encodePathSegment(reportId, StandardCharsets.UTF_8);
	}

	private static void addChoices(Model model) {
		model.addAttribute("statuses", List.of(ReportStatus.values()));
		model.addAttribute("priorities", List.of(Priority.values()));
		model.addAttribute("categories", List.of(Category.values()));
		model.addAttribute("offenceClasses", List.of(OffenceClass.values()));
	}

}
