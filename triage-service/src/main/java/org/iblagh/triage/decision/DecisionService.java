package org.iblagh.triage.decision;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.iblagh.contracts.InvestigatorMessage;
import org.iblagh.contracts.Place;
import org.iblagh.contracts.ReferredEvidence;
import org.iblagh.contracts.ReportReferred;
import org.iblagh.contracts.ReportStatus;
import org.iblagh.contracts.ReportStatusChanged;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.messaging.OutboxEntry;
import org.iblagh.support.web.ApiException;
import org.iblagh.triage.audit.AuditLog;
import org.iblagh.triage.decision.domain.DecisionCommand;
import org.iblagh.triage.report.ConversationEntry;
import org.iblagh.triage.report.DecisionRecord;
import org.iblagh.triage.report.HistoryEntry;
import org.iblagh.triage.report.Ids;
import org.iblagh.triage.report.Lifecycle;
import org.iblagh.triage.report.ReportStore;
import org.iblagh.triage.report.TriageReport;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Claims and decisions. A claim is held by one investigator; a decision is written only
 * if the report did not change since it was read and nobody else holds the claim, so two
 * investigators can never both decide. Every decision's events go through the outbox in
 * the same write, and every attempt is audited.
 */
@Service
public class DecisionService {

	static final String SOURCE = "triage-service";

	private final ReportStore store;

	private final AuditLog audit;

	private final EventCodec codec;

	private final Clock clock;

	DecisionService(ReportStore store, AuditLog audit, EventCodec codec, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.codec = codec;
		this.clock = clock;
	}

	public TriageReport claim(String reportId, String user) {
		TriageReport report = load(reportId, user, "CLAIM");
		if (!Lifecycle.isOpen(report.status())) {
			throw refused(user, "CLAIM", reportId, ApiException.conflict("NOT_OPEN",
					"This report is no longer waiting for a decision (" + report.status() + ")."));
		}
		Instant now = this.clock.instant();
		boolean claimed = this.store.update(reportId, freeOrMine(user),
				new Update().set("claimedBy", user).set("claimedAt", now), List.of());
		if (!claimed) {
			throw refused(user, "CLAIM", reportId, claimedByOther());
		}
		this.audit.record(user, "CLAIM", reportId);
		return this.store.findById(reportId).orElseThrow();
	}

	public void release(String reportId, String user) {
		load(reportId, user, "RELEASE");
		this.store.update(reportId, Criteria.where("claimedBy").is(user),
				new Update().unset("claimedBy").unset("claimedAt"), List.of());
		this.audit.record(user, "RELEASE", reportId);
	}

	public void decide(String reportId, String user, DecisionCommand command) {
		String action = "DECIDE_" + command.action();
		TriageReport report = load(reportId, user, action);
		if (report.claimedBy() != null && !report.claimedBy().equals(user)) {
			throw refused(user, action, reportId, claimedByOther());
		}
		if (!Lifecycle.isOpen(report.status())) {
			throw refused(user, action, reportId, ApiException.conflict("ALREADY_DECIDED",
					"This report is no longer waiting for a decision (" + report.status() + ")."));
		}
		Instant now = this.clock.instant();
		Update update = new Update().inc("version", 1);
		List<OutboxEntry> events = new ArrayList<>();
		ReportStatus status = switch (command.action()) {
			case REFER -> refer(report, user, command, now, update, events);
			case REQUEST_INFO -> requestInfo(report, user, command, now, update, events);
			case DISMISS -> dismiss(report, user, command, now, update);
		};
		ReportStatusChanged changed = new ReportStatusChanged(Ids.eventId(), now, reportId, 1, status, SOURCE, null);
		events.add(OutboxEntry.of(changed, this.codec));
		update.set("status", status).push("history", new HistoryEntry(status, SOURCE, null, now, changed.eventId()));
		Criteria unchanged = new Criteria().andOperator(Criteria.where("version").is(report.version()),
				freeOrMine(user));
		if (!this.store.update(reportId, unchanged, update, events)) {
			TriageReport now2 = this.store.findById(reportId).orElseThrow();
			throw refused(user, action, reportId,
					(now2.claimedBy() != null && !now2.claimedBy().equals(user)) ? claimedByOther()
							: ApiException.conflict("CONCURRENT_CHANGE",
									"The report changed while you were deciding; reload it and decide again."));
		}
		this.audit.record(user, action, reportId);
	}

	private ReportStatus refer(TriageReport report, String user, DecisionCommand command, Instant now, Update update,
			List<OutboxEntry> events) {
		Place place = (command.place() != null) ? command.place() : report.place();
		ReportReferred referred = new ReportReferred(Ids.eventId(), now, report.id(), 1,
				(command.category() != null) ? command.category() : report.category(), report.priority(),
				command.offenceClass(), place, report.summary(), report.assessment().suggestedOffences(),
				report.assessment().indicators(),
				report.evidence()
					.stream()
					.map((e) -> new ReferredEvidence(e.evidenceId(), e.fileName(), e.mediaType(), e.size(), e.sha256(),
							e.md5()))
					.toList(),
				user, report.receivedAt());
		events.add(OutboxEntry.of(referred, this.codec));
		update
			.set("decision",
					new DecisionRecord("REFER", user, now, command.category(), place, command.offenceClass(), null))
			.unset("claimedBy")
			.unset("claimedAt");
		return ReportStatus.REFERRED;
	}

	private ReportStatus requestInfo(TriageReport report, String user, DecisionCommand command, Instant now,
			Update update, List<OutboxEntry> events) {
		InvestigatorMessage message = new InvestigatorMessage(Ids.eventId(), now, report.id(), 1, Ids.messageId(),
				command.message());
		events.add(OutboxEntry.of(message, this.codec));
		update.push("messages", new ConversationEntry(message.messageId(), ConversationEntry.INVESTIGATOR, user,
				command.message(), 0, now, message.eventId()));
		return ReportStatus.INFO_REQUESTED;
	}

	private ReportStatus dismiss(TriageReport report, String user, DecisionCommand command, Instant now,
			Update update) {
		update.set("decision", new DecisionRecord("DISMISS", user, now, null, null, null, command.reason()))
			.unset("claimedBy")
			.unset("claimedAt");
		return ReportStatus.DISMISSED;
	}

	private TriageReport load(String reportId, String user, String action) {
		return this.store.findById(reportId)
			.orElseThrow(() -> refused(user, action, reportId,
					ApiException.notFound("REPORT_NOT_FOUND", "No report with this id.")));
	}

	private ApiException refused(String user, String action, String reportId, ApiException refusal) {
		this.audit.record(user, action, reportId, refusal.code(), null);
		return refusal;
	}

	private static Criteria freeOrMine(String user) {
		return new Criteria().orOperator(Criteria.where("claimedBy").is(null), Criteria.where("claimedBy").is(user));
	}

	private static ApiException claimedByOther() {
		return ApiException.conflict("CLAIMED_BY_OTHER", "Another investigator holds this report.");
	}

}
