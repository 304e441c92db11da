package org.iblagh.routing.decision.internal;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.iblagh.contracts.OffenceClass;
import org.iblagh.contracts.Place;
import org.iblagh.contracts.ReportStatus;
import org.iblagh.routing.data.CourtOfAppeal;
import org.iblagh.routing.data.FirstInstanceCourt;
import org.iblagh.routing.data.PoliceUnit;
import org.iblagh.routing.data.ReferenceData;
import org.iblagh.routing.decision.RoutingEvents;
import org.iblagh.routing.jurisdiction.Basis;
import org.iblagh.routing.jurisdiction.JurisdictionResolver;
import org.iblagh.routing.jurisdiction.OfficeRef;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.messaging.OutboxEntry;
import org.iblagh.support.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/routings/{reportId}} and the supervisors' override, which
 * re-publishes report.routed and keeps an audit entry in the decision.
 */
@RestController
class RoutingController {

	/** As long as a triage decision's reason. */
	static final int MAX_REASON = 1000;

	private static final Logger log = LoggerFactory.getLogger(RoutingController.class);

	private final DecisionStore store;

	private final ReferenceData data;

	private final EventCodec codec;

	private final MessageSource messages;

	private final Clock clock;

	RoutingController(DecisionStore store, ReferenceData data, EventCodec codec, MessageSource messages, Clock clock) {
		this.store = store;
		this.data = data;
		this.codec = codec;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/api/v1/routings/{reportId}")
	RoutingView get(@PathVariable String reportId) {
		return RoutingView.of(find(reportId));
	}

	@PostMapping("/api/v1/routings/{reportId}/override")
	RoutingView override(@PathVariable String reportId, @RequestBody OverrideRequest request, Principal principal) {
		RoutingDecisionDocument decision = find(reportId);
		List<ApiException.FieldProblem> errors = new ArrayList<>();
		if (request.reason() == null || request.reason().isBlank()) {
			errors.add(new ApiException.FieldProblem("reason", "REQUIRED", text("problem.REASON_REQUIRED")));
		}
		else if (request.reason().strip().length() > MAX_REASON) {
			// the reason is copied into the decision, its audit entry and the published
			// event: unbounded, it made events too large for Kafka and exhausted the heap
			errors.add(new ApiException.FieldProblem("reason", "TOO_LONG", text("problem.REASON_TOO_LONG")));
		}
		boolean needsBoth = decision.prosecutorOffice() == null;
		OfficeRef prosecutor = prosecutorOffice(request.prosecutorOfficeId(), needsBoth, decision.prosecutorOffice(),
				errors);
		OfficeRef police = policeUnit(request.policeUnitId(), needsBoth, decision.policeUnit(), errors);
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		Instant now = this.clock.instant();
		List<Basis> basis = new ArrayList<>();
		basis.add(new Basis(org.iblagh.contracts.RoutingBasis.SUPERVISOR_OVERRIDE,
				"Routing set by a supervisor: " + request.reason().trim(), "routing-service audit", "n/a"));
		basis.add(new Basis("AUTOMATIC_DECISION", "The rules had given "
				+ ((decision.prosecutorOffice() != null) ? decision.prosecutorOffice().id() : decision.outcome())
				+ " / " + ((decision.policeUnit() != null) ? decision.policeUnit().id() : "-"),
				"routing decision " + decision.id(), "n/a"));
		OffenceClass offenceClass = (decision.offenceClass() != null) ? decision.offenceClass()
				: (prosecutor.level().equals(JurisdictionResolver.COURT_OF_APPEAL) ? OffenceClass.CRIME
						: OffenceClass.DELIT);
		var routed = RoutingEvents.routed(decision.referral(), police, prosecutor, offenceClass, basis, now);
		List<OutboxEntry> events = new ArrayList<>();
		events.add(OutboxEntry.of(routed, this.codec));
		if (!RoutingDecisionDocument.ROUTED.equals(decision.outcome())) {
			events.add(OutboxEntry.of(RoutingEvents.status(reportId, ReportStatus.ROUTED, prosecutor.id(), now),
					this.codec));
		}
		OverrideEntry audit = new OverrideEntry(principal.getName(), request.reason().trim(), now,
				(decision.policeUnit() != null) ? decision.policeUnit().id() : null,
				(decision.prosecutorOffice() != null) ? decision.prosecutorOffice().id() : null, police.id(),
				prosecutor.id(), routed.eventId());
		this.store.override(decision, police, prosecutor, basis, audit, events);
		log.info("Routing of report {} overridden by {}: {} / {}", reportId, principal.getName(), prosecutor.id(),
				police.id());
		return RoutingView.of(find(reportId));
	}

	private RoutingDecisionDocument find(String reportId) {
		return this.store.latest(reportId)
			.orElseThrow(() -> ApiException.notFound("ROUTING_NOT_FOUND", text("problem.ROUTING_NOT_FOUND")));
	}

	private OfficeRef prosecutorOffice(String id, boolean required, OfficeRef current,
			List<ApiException.FieldProblem> errors) {
		if (id == null || id.isBlank()) {
			if (required) {
				errors.add(new ApiException.FieldProblem("prosecutorOfficeId", "REQUIRED",
						text("problem.UNKNOWN_OFFICE")));
			}
			return current;
		}
		FirstInstanceCourt tpi = this.data.firstInstanceCourts().get(id);
		if (tpi != null) {
			return new OfficeRef(tpi.id(), tpi.prosecutorFr(), JurisdictionResolver.FIRST_INSTANCE, tpi.nameFr());
		}
		CourtOfAppeal ca = this.data.courtsOfAppeal().get(id);
		if (ca != null) {
			return new OfficeRef(ca.id(), ca.prosecutorFr(), JurisdictionResolver.COURT_OF_APPEAL, ca.nameFr());
		}
		errors
			.add(new ApiException.FieldProblem("prosecutorOfficeId", "UNKNOWN_OFFICE", text("problem.UNKNOWN_OFFICE")));
		return current;
	}

	private OfficeRef policeUnit(String id, boolean required, OfficeRef current,
			List<ApiException.FieldProblem> errors) {
		if (id == null || id.isBlank()) {
			if (required) {
				errors.add(new ApiException.FieldProblem("policeUnitId", "REQUIRED", text("problem.UNKNOWN_OFFICE")));
			}
			return current;
		}
		PoliceUnit unit = this.data.policeUnits().get(id);
		if (unit == null) {
			errors.add(new ApiException.FieldProblem("policeUnitId", "UNKNOWN_OFFICE", text("problem.UNKNOWN_OFFICE")));
			return current;
		}
		return new OfficeRef(unit.id(), unit.nameFr(), null, null);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	record OverrideRequest(String prosecutorOfficeId, String policeUnitId, String reason) {
	}

	record PoliceUnitView(String id, String name) {
	}

	record OverrideView(String by, String reason, Instant at, String previousProsecutorOfficeId,
			String previousPoliceUnitId, String prosecutorOfficeId, String policeUnitId) {
	}

	record RoutingView(String reportId, String referralEventId, String outcome, Place place, PoliceUnitView policeUnit,
			OfficeRef prosecutorOffice, OffenceClass offenceClass, String provinceCode, boolean inferred,
			LocalDate lawDate, List<Basis> basis, List<String> suggestions, List<OverrideView> overrides,
			Instant decidedAt) {

		static RoutingView of(RoutingDecisionDocument d) {
			return new RoutingView(d.reportId(), d.id(), d.outcome(), d.referral().place(),
					(d.policeUnit() != null) ? new PoliceUnitView(d.policeUnit().id(), d.policeUnit().name()) : null,
					d.prosecutorOffice(), d.offenceClass(), d.provinceCode(), d.inferred(), d.lawDate(), d.basis(),
					d.suggestions(),
					d.overrides()
						.stream()
						.map((o) -> new OverrideView(o.by(), o.reason(), o.at(), o.previousProsecutorOfficeId(),
								o.previousPoliceUnitId(), o.prosecutorOfficeId(), o.policeUnitId()))
						.toList(),
					d.decidedAt());
		}

	}

}
