package org.iblagh.notification.referral.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.iblagh.contracts.IntegrationEvent;
import org.iblagh.contracts.Office;
import org.iblagh.contracts.ReportRouted;
import org.iblagh.contracts.ReportTriaged;
import org.iblagh.contracts.RoutingBasis;
import org.iblagh.notification.referral.InstructionDecision;
import org.iblagh.notification.referral.Referral;
import org.iblagh.notification.referral.ReferralAnswers;
import org.iblagh.notification.referral.ReferralAnswers.Outcome;
import org.iblagh.notification.referral.ReferralFactory;
import org.iblagh.notification.referral.ReferralListener;
import org.iblagh.notification.referral.ReferralStatus;
import org.iblagh.notification.referral.store.ReferralStore;
import org.iblagh.notification.referral.store.ReferralStore.Versioned;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.messaging.OutboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The use cases of referrals: make them from events, answer them, escalate them. Every
 * change is one conditional single-document write carrying its events.
 */
public class ReferralService {

	private static final Logger log = LoggerFactory.getLogger(ReferralService.class);

	private final ReferralStore store;

	private final ReferralFactory factory;

	private final ReferralAnswers answers;

	private final EventCodec codec;

	private final Clock clock;

	private final List<ReferralListener> listeners;

	private final String dutyOfficeName;

	public ReferralService(ReferralStore store, ReferralFactory factory, ReferralAnswers answers, EventCodec codec,
			Clock clock, List<ReferralListener> listeners, String dutyOfficeName) {
		this.store = store;
		this.factory = factory;
		this.answers = answers;
		this.codec = codec;
		this.clock = clock;
		this.listeners = List.copyOf(listeners);
		this.dutyOfficeName = dutyOfficeName;
	}

	public List<Referral> onRouted(ReportRouted routed) {
		return onRoutedAll(List.of(routed));
	}

	/**
	 * The routings of one poll: all their referrals are numbered and written in one group
	 * commit (a replayed one is skipped alone), then overrides withdraw what they
	 * supersede, in the poll's order.
	 */
	public List<Referral> onRoutedAll(List<ReportRouted> routings) {
		Instant now = this.clock.instant();
		List<List<Referral>> made = new ArrayList<>();
		List<Referral> fresh = new ArrayList<>();
		for (ReportRouted routed : routings) {
			List<Referral> referrals = this.factory.fromRouted(routed, now);
			made.add(referrals);
			fresh.addAll(referrals);
		}
		List<Referral> stored = this.store.appendNew(fresh, (r) -> outbox(this.answers.notified(r)), this::announce);
		Map<String, List<String>> officesByReport = new LinkedHashMap<>();
		for (Referral referral : stored) {
			officesByReport.computeIfAbsent(referral.reportId(), (id) -> new ArrayList<>()).add(referral.officeId());
		}
		officesByReport.forEach((reportId, offices) -> log.info("Report {} referred to {}", reportId, offices));
		for (int i = 0; i < routings.size(); i++) {
			if (RoutingBasis.isOverride(routings.get(i).basis())) {
				// only an override can leave out an office of an earlier routing;
				// checking every routing would cost each report a read on the
				// consumer's path
				withdrawSuperseded(routings.get(i), made.get(i));
			}
		}
		return stored;
	}

	/**
	 * A supervisor's re-routing sends the report to other offices: the referrals of an
	 * earlier routing to an office this one leaves out are withdrawn, so that office can
	 * no longer answer for the report and its deadline no longer runs. A routing older
	 * than one already applied (a late replay) withdraws nothing.
	 */
	private void withdrawSuperseded(ReportRouted routed, List<Referral> fresh) {
		Instant at = routed.occurredAt();
		if (at == null) {
			return;
		}
		Set<String> offices = new HashSet<>();
		for (Office office : Arrays.asList(routed.prosecutorOffice(), routed.policeUnit())) {
			if (office != null && office.id() != null) {
				offices.add(office.id());
			}
		}
		List<Versioned> ofReport = this.store.forReport(routed.reportId());
		boolean newest = ofReport.stream()
			.map((v) -> v.referral().routedAt())
			.noneMatch((other) -> other != null && other.isAfter(at));
		if (!newest) {
			return;
		}
		reinstateRoutedBack(routed, fresh, ofReport);
		for (Versioned earlier : ofReport) {
			Referral referral = earlier.referral();
			boolean superseded = !offices.contains(referral.officeId())
					&& (referral.routedAt() == null || referral.routedAt().isBefore(at));
			if (!superseded) {
				continue;
			}
			if (referral.status() != ReferralStatus.WITHDRAWN
					&& change(referral.referralId(), this.answers::withdraw).status() == ReferralStatus.WITHDRAWN) {
				log.info("Referral {} withdrawn: report {} was routed to {}", referral.referralId(), routed.reportId(),
						offices);
			}
		}
	}

	/**
	 * A routing back to an office whose referral an earlier override withdrew sends that
	 * referral again, with the new routing's content and a fresh deadline: the office
	 * must acknowledge it anew.
	 */
	private void reinstateRoutedBack(ReportRouted routed, List<Referral> fresh, List<Versioned> ofReport) {
		Instant at = routed.occurredAt();
		for (Referral again : fresh) {
			for (Versioned earlier : ofReport) {
				Referral referral = earlier.referral();
				if (referral.referralId().equals(again.referralId()) && referral.status() == ReferralStatus.WITHDRAWN
						&& referral.routedAt() != null && referral.routedAt().isBefore(at)) {
					this.store.reinstate(earlier, again, outbox(this.answers.notified(again)), this::announce)
						.ifPresent((r) -> log.info("Referral {} sent again: report {} was routed back to {}",
								r.referralId(), routed.reportId(), r.officeId()));
				}
			}
		}
	}

	public List<Referral> onTriaged(ReportTriaged triaged) {
		List<Referral> stored = this.store.appendNew(
				this.factory.fromTriaged(triaged, org.iblagh.notification.office.OfficeDirectory.DUTY,
						this.dutyOfficeName, this.clock.instant()),
				(r) -> outbox(this.answers.notified(r)), this::announce);
		if (!stored.isEmpty()) {
			log.info("P1 report {} pushed to the duty desk", triaged.reportId());
		}
		return stored;
	}

	public Optional<Referral> find(String referralId) {
		return this.store.find(referralId).map(Versioned::referral);
	}

	public Referral acknowledge(String referralId) {
		return change(referralId, (r) -> this.answers.acknowledge(r, this.clock.instant()));
	}

	public Referral instruct(String referralId, InstructionDecision decision, String text, boolean forReporter) {
		return change(referralId, (r) -> this.answers.instruct(r, decision, text, forReporter, this.clock.instant()));
	}

	/**
	 * Escalates every overdue referral.
	 * @return how many were escalated
	 */
	public int escalateOverdue() {
		Instant now = this.clock.instant();
		int escalated = 0;
		for (Versioned overdue : this.store.overdue(now, 500)) {
			Outcome outcome = this.answers.escalate(overdue.referral(), now);
			if (outcome.changed() && this.store.replace(overdue, outcome.referral(), outbox(outcome.events()))) {
				escalated++;
				log.warn("Referral {} not acknowledged by {} in time: escalated", outcome.referral().referralId(),
						outcome.referral().officeId());
				for (ReferralListener listener : this.listeners) {
					safely(() -> listener.onEscalated(outcome.referral()));
				}
			}
		}
		return escalated;
	}

	private Referral change(String referralId, java.util.function.Function<Referral, Outcome> decide) {
		for (int attempt = 0; attempt < 5; attempt++) {
			Versioned current = this.store.find(referralId)
				.orElseThrow(() -> new java.util.NoSuchElementException(referralId));
			Outcome outcome = decide.apply(current.referral());
			if (!outcome.changed()) {
				return outcome.referral();
			}
			if (this.store.replace(current, outcome.referral(), outbox(outcome.events()))) {
				return outcome.referral();
			}
		}
		throw new java.util.ConcurrentModificationException("Referral " + referralId + " keeps changing");
	}

	private void announce(Referral referral) {
		for (ReferralListener listener : this.listeners) {
			safely(() -> listener.onNew(referral));
		}
	}

	private static void safely(Runnable action) {
		try {
			action.run();
		}
		catch (RuntimeException ex) {
			// a failing channel must not stop the others, nor undo the stored referral
			log.warn("A referral listener failed: {}", ex.toString());
		}
	}

	private List<OutboxEntry> outbox(List<IntegrationEvent> events) {
		return events.stream().map((e) -> OutboxEntry.of(e, this.codec)).toList();
	}

}
