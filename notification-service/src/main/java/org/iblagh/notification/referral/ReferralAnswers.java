package org.iblagh.notification.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.iblagh.contracts.IntegrationEvent;
import org.iblagh.contracts.ProsecutorInstruction;
import org.iblagh.contracts.ReportNotified;
import org.iblagh.contracts.ReportStatus;
import org.iblagh.contracts.ReportStatusChanged;

/**
 * What a referral becomes when an office answers it or its deadline passes, and which
 * integration events say so. Answering twice the same way changes nothing, so a client's
 * retry never makes a second event.
 */
public final class ReferralAnswers {

	public static final String SOURCE = "notification-service";

	private final Supplier<String> eventIds;

	public ReferralAnswers(Supplier<String> eventIds) {
		this.eventIds = eventIds;
	}

	/**
	 * The events that announce a new referral; the duty desk's alerts announce nothing,
	 * and only the prosecutor's referral changes the report's status.
	 */
	public List<IntegrationEvent> notified(Referral r) {
		if (r.addressee() == Addressee.DUTY) {
			return List.of();
		}
		ReportNotified notified = new ReportNotified(this.eventIds.get(), r.notifiedAt(), r.reportId(), 1,
				r.referralId(), r.officeId());
		if (r.addressee() != Addressee.PROSECUTOR) {
			// the police unit is told too, but the citizen's history names one step: the
			// prosecutor
			return List.of(notified);
		}
		return List.of(notified, status(r, ReportStatus.PROSECUTOR_NOTIFIED, r.notifiedAt()));
	}

	public Outcome acknowledge(Referral r, Instant now) {
		if (r.status() == ReferralStatus.WITHDRAWN
				|| !r.status().awaitsAcknowledgement() && r.status() != ReferralStatus.ESCALATED) {
			return Outcome.unchanged(r);
		}
		Referral acknowledged = copy(r, ReferralStatus.ACKNOWLEDGED, now, r.escalatedAt(), r.instruction());
		return new Outcome(acknowledged, acknowledgementEvents(r, now), true);
	}

	public Outcome instruct(Referral r, InstructionDecision decision, String text, boolean forReporter, Instant now) {
		if (r.addressee() == Addressee.DUTY) {
			throw new IllegalStateException("The duty desk acknowledges alerts; it does not instruct");
		}
		if (r.status() == ReferralStatus.WITHDRAWN) {
			// the report is another office's now: nothing this one says reaches the
			// report
			return Outcome.unchanged(r);
		}
		Instruction previous = r.instruction();
		if (previous != null && previous.decision() == decision && Objects.equals(previous.text(), text)
				&& previous.forReporter() == forReporter) {
			return Outcome.unchanged(r);
		}
		List<IntegrationEvent> events = new ArrayList<>();
		Instant acknowledgedAt = r.acknowledgedAt();
		if (acknowledgedAt == null) {
			// an instruction is also an acknowledgement: the history shows both, in order
			events.addAll(acknowledgementEvents(r, now));
			acknowledgedAt = now;
		}
		events.add(new ProsecutorInstruction(this.eventIds.get(), now, r.reportId(), 1, r.referralId(), r.officeId(),
				"INSTRUCTED", decision.name(), text, forReporter));
		events.add(status(r, ReportStatus.INSTRUCTED, now));
		Referral instructed = copy(r, ReferralStatus.INSTRUCTED, acknowledgedAt, r.escalatedAt(),
				new Instruction(decision, text, forReporter, now));
		return new Outcome(instructed, events, true);
	}

	/**
	 * Withdraws a referral whose report a later routing gave to other offices. No event:
	 * the report's history shows its new routing, and this office already had its copy.
	 */
	public Outcome withdraw(Referral r) {
		if (r.status() == ReferralStatus.WITHDRAWN || r.addressee() == Addressee.DUTY) {
			return Outcome.unchanged(r);
		}
		return new Outcome(copy(r, ReferralStatus.WITHDRAWN, r.acknowledgedAt(), r.escalatedAt(), r.instruction()),
				List.of(), true);
	}

	/** Escalates an overdue referral; anything else is unchanged. */
	public Outcome escalate(Referral r, Instant now) {
		if (!r.isOverdue(now)) {
			return Outcome.unchanged(r);
		}
		return new Outcome(copy(r, ReferralStatus.ESCALATED, r.acknowledgedAt(), now, r.instruction()),
				List.of(status(r, ReportStatus.ESCALATED, now)), true);
	}

	private List<IntegrationEvent> acknowledgementEvents(Referral r, Instant now) {
		if (r.addressee() == Addressee.DUTY) {
			return List.of();
		}
		return List.of(new ProsecutorInstruction(this.eventIds.get(), now, r.reportId(), 1, r.referralId(),
				r.officeId(), "ACKNOWLEDGED", null, null, false), status(r, ReportStatus.ACKNOWLEDGED, now));
	}

	private ReportStatusChanged status(Referral r, ReportStatus status, Instant at) {
		return new ReportStatusChanged(this.eventIds.get(), at, r.reportId(), 1, status, SOURCE, r.officeId());
	}

	private static Referral copy(Referral r, ReferralStatus status, Instant acknowledgedAt, Instant escalatedAt,
			Instruction instruction) {
		return new Referral(r.referralId(), r.reportId(), r.officeId(), r.officeName(), r.addressee(), r.seq(),
				r.category(), r.priority(), r.offenceClass(), r.place(), r.summary(), r.suggestedOffences(),
				r.indicators(), r.evidence(), r.exportUrl(), r.basis(), r.receivedAt(), r.notifiedAt(), r.dueAt(),
				status, acknowledgedAt, escalatedAt, instruction, r.routedAt());
	}

	/**
	 * @param changed false when the answer was already given (nothing to write)
	 */
	public record Outcome(Referral referral, List<IntegrationEvent> events, boolean changed) {

		static Outcome unchanged(Referral r) {
			return new Outcome(r, List.of(), false);
		}

	}

}
