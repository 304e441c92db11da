package org.iblagh.triage.decision;

import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.iblagh.support.web.ApiException;
import org.iblagh.triage.decision.domain.DecisionCommand;
import org.iblagh.triage.decision.domain.InvalidDecisionException;
import org.iblagh.triage.report.TriageReport;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/reports/{id}/claim} and {@code /decision}.
 */
@RestController
class DecisionController {

	private final DecisionService decisions;

	DecisionController(DecisionService decisions) {
		this.decisions = decisions;
	}

	@PostMapping("/api/v1/reports/{reportId}/claim")
	Map<String, Object> claim(@PathVariable String reportId, Principal user) {
		TriageReport report = this.decisions.claim(reportId, user.getName());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("reportId", report.id());
		body.put("claimedBy", report.claimedBy());
		body.put("claimedAt", report.claimedAt());
		return body;
	}

	@DeleteMapping("/api/v1/reports/{reportId}/claim")
	ResponseEntity<Void> release(@PathVariable String reportId, Principal user) {
		this.decisions.release(reportId, user.getName());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/reports/{reportId}/decision")
	ResponseEntity<Map<String, Object>> decide(@PathVariable String reportId, @RequestBody DecisionRequest request,
			Principal user) {
		DecisionCommand command = DecisionRequests.toCommand(request);
		this.decisions.decide(reportId, user.getName(), command);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(Map.of("reportId", reportId, "action", command.action().name(), "decidedAt", Instant.now()));
	}

	/**
	 * The JSON body; every field is text so that a wrong value is a per-field problem,
	 * not an unreadable body.
	 */
	record DecisionRequest(String action, String category, PlaceInput place, String offenceClass, String message,
			String reason) {

		record PlaceInput(String city, String province) {
		}

	}

	/**
	 * Maps the request to a validated command, or to a 400 problem listing every field.
	 */
	static final class DecisionRequests {

		private DecisionRequests() {
		}

		static DecisionCommand toCommand(DecisionRequest r) {
			if (r == null) {
				throw ApiException.badRequest("MALFORMED_JSON", "A decision body is required.");
			}
			try {
				return DecisionCommand.parse(r.action(), r.category(), (r.place() != null) ? r.place().city() : null,
						(r.place() != null) ? r.place().province() : null, r.offenceClass(), r.message(), r.reason());
			}
			catch (InvalidDecisionException ex) {
				throw ApiException.invalid(ex.problems()
					.stream()
					.map((p) -> new ApiException.FieldProblem(p.field(), p.code(), p.field() + ": " + p.code()))
					.toList());
			}
		}

	}

}
