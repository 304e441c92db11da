package org.iblagh.notification.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.Indicator;
import org.iblagh.contracts.OffenceClass;
import org.iblagh.contracts.Office;
import org.iblagh.contracts.Place;
import org.iblagh.contracts.Priority;
import org.iblagh.contracts.ReferredEvidence;
import org.iblagh.contracts.ReportRouted;
import org.iblagh.contracts.RoutingBasis;
import org.iblagh.contracts.SuggestedOffence;

/**
 * Routed reports as routing-service publishes them.
 */
public final class ReferralFixture {

	private ReferralFixture() {
	}

	public static ReportRouted routed(String reportId, Priority priority) {
		return routed(reportId, priority, "TPI-RABAT", "DGSN-SLCNT");
	}

	public static ReportRouted routed(String reportId, Priority priority, String prosecutorId, String policeId) {
		return routed(reportId, priority, prosecutorId, policeId, Instant.parse("2026-11-20T10:00:00Z"));
	}

	/** A supervisor's override, made at {@code routedAt}. */
	public static ReportRouted overridden(String reportId, Priority priority, String prosecutorId, String policeId,
			Instant routedAt) {
		ReportRouted r = routed(reportId, priority, prosecutorId, policeId, routedAt);
		return new ReportRouted(r.eventId(), r.occurredAt(), r.reportId(), r.schemaVersion(), r.category(),
				r.priority(), r.offenceClass(), r.place(), r.summary(), r.suggestedOffences(), r.indicators(),
				r.evidence(), r.policeUnit(), r.prosecutorOffice(),
				List.of(new RoutingBasis(RoutingBasis.SUPERVISOR_OVERRIDE, "Routing set by a supervisor: wrong city",
						"routing-service audit", "n/a")),
				r.receivedAt());
	}

	/** A routing made at {@code routedAt}. */
	public static ReportRouted routed(String reportId, Priority priority, String prosecutorId, String policeId,
			Instant routedAt) {
		return new ReportRouted(UUID.randomUUID().toString(), routedAt, reportId, 1, Category.ONLINE_FRAUD, priority,
				OffenceClass.DELIT, new Place("Rabat", "Rabat"),
				"Fake shop <b>&</b> phishing page taking card payments",
				List.of(new SuggestedOffence("FRAUD", "540 CP", "yes")),
				List.of(new Indicator("URL", "http://shop.example", "http://shop.example/")),
				List.of(new ReferredEvidence("ev-1", "shot.png", "image/png", 1234, "a".repeat(64), "b".repeat(32))),
				new Office(policeId, "Police unit", null, null),
				new Office(prosecutorId, "Tribunal de première instance de Rabat", "FIRST_INSTANCE", prosecutorId),
				List.of(new RoutingBasis("CITY", "Rabat → TPI-RABAT", "first_instance_courts.csv", "yes")),
				Instant.parse("2026-11-20T09:00:00Z"));
	}

}
