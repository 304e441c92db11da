package org.iblagh.notification.referral;

import java.time.Instant;
import java.util.List;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.Indicator;
import org.iblagh.contracts.OffenceClass;
import org.iblagh.contracts.Place;
import org.iblagh.contracts.Priority;
import org.iblagh.contracts.RoutingBasis;
import org.iblagh.contracts.SuggestedOffence;

/**
 * What one office is told about one report. It never holds anything about the reporter:
 * the routed event does not carry it, and nothing here asks for it.
 *
 * @param seq the position in the feeds (cursor, SSE event id); assigned when stored
 * @param exportUrl the evidence export, readable with the office's own credentials
 * @param dueAt when an unacknowledged referral escalates; null for the duty desk
 * @param routedAt the time of the routing that made it (the event's): a later routing to
 * other offices withdraws it; null for the duty desk
 */
public record Referral(String referralId, String reportId, String officeId, String officeName, Addressee addressee,
		long seq, Category category, Priority priority, OffenceClass offenceClass, Place place, String summary,
		List<SuggestedOffence> suggestedOffences, List<Indicator> indicators, List<EvidenceItem> evidence,
		String exportUrl, List<RoutingBasis> basis, Instant receivedAt, Instant notifiedAt, Instant dueAt,
		ReferralStatus status, Instant acknowledgedAt, Instant escalatedAt, Instruction instruction, Instant routedAt) {

	public Referral {
		suggestedOffences = (suggestedOffences != null) ? List.copyOf(suggestedOffences) : List.of();
		indicators = (indicators != null) ? List.copyOf(indicators) : List.of();
		evidence = (evidence != null) ? List.copyOf(evidence) : List.of();
		basis = (basis != null) ? List.copyOf(basis) : List.of();
	}

	public Referral withSeq(long newSeq) {
		return new Referral(this.referralId, this.reportId, this.officeId, this.officeName, this.addressee, newSeq,
				this.category, this.priority, this.offenceClass, this.place, this.summary, this.suggestedOffences,
				this.indicators, this.evidence, this.exportUrl, this.basis, this.receivedAt, this.notifiedAt,
				this.dueAt, this.status, this.acknowledgedAt, this.escalatedAt, this.instruction, this.routedAt);
	}

	/** Whether the deadline to acknowledge has passed at {@code now}. */
	public boolean isOverdue(Instant now) {
		return this.status.awaitsAcknowledgement() && this.dueAt != null && !now.isBefore(this.dueAt);
	}

}
