package org.iblagh.routing.decision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.iblagh.contracts.OffenceClass;
import org.iblagh.contracts.ReportReferred;
import org.iblagh.routing.jurisdiction.Basis;
import org.iblagh.routing.jurisdiction.OfficeRef;
import org.iblagh.support.messaging.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One routing decision per referral event (its id is the referral's eventId, so a
 * replayed event is a duplicate key and changes nothing). The events it publishes wait in
 * {@code outbox} inside the same document: deciding and queuing is one write.
 *
 * @param outcome ROUTED or PLACE_NEEDED
 */
@Document(RoutingDecisionDocument.COLLECTION)
record RoutingDecisionDocument(@Id String id, String reportId, String outcome, ReportReferred referral,
		OfficeRef policeUnit, OfficeRef prosecutorOffice, OffenceClass offenceClass, String provinceCode,
		boolean inferred, LocalDate lawDate, List<Basis> basis, String unresolvedReason, List<String> suggestions,
		List<OverrideEntry> overrides, List<OutboxEntry> outbox, Instant decidedAt) {

	static final String COLLECTION = "routings";

	static final String ROUTED = "ROUTED";

	static final String PLACE_NEEDED = "PLACE_NEEDED";

	RoutingDecisionDocument {
		basis = (basis != null) ? List.copyOf(basis) : List.of();
		suggestions = (suggestions != null) ? List.copyOf(suggestions) : List.of();
		overrides = (overrides != null) ? List.copyOf(overrides) : List.of();
		outbox = (outbox != null) ? List.copyOf(outbox) : List.of();
	}

}
