package org.iblagh.triage.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.iblagh.contracts.EvidenceSecured;
import org.iblagh.contracts.Place;
import org.iblagh.contracts.ReportContent;
import org.iblagh.contracts.ReportStatus;
import org.iblagh.contracts.ReportStatusChanged;
import org.iblagh.contracts.ReportTriaged;
import org.iblagh.contracts.SecuredEvidence;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.messaging.MalformedEventException;
import org.iblagh.support.messaging.OutboxEntry;
import org.iblagh.triage.assessment.Assessment;
import org.iblagh.triage.assessment.AssessmentEngine;
import org.iblagh.triage.assessment.ReportInput;
import org.iblagh.triage.cluster.ClusterIndex;
import org.iblagh.triage.cluster.Membership;
import org.iblagh.triage.cluster.domain.ClusterKeys;
import org.iblagh.triage.report.HistoryEntry;
import org.iblagh.triage.report.Ids;
import org.iblagh.triage.report.Lifecycle;
import org.iblagh.triage.report.ReportStore;
import org.iblagh.triage.report.StoredAssessment;
import org.iblagh.triage.report.TriageReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Assesses a secured report and writes it, with its ReportTriaged and UNDER_REVIEW
 * events, in one document insert. A later EvidenceSecured for the same report adds the
 * late evidence and reassesses only when a hash-list match appears. When a report turns
 * its cluster into a campaign, the cluster's earlier open reports are reassessed too.
 */
@Service
public class ReportScreening {

	static final String SOURCE = "triage-service";

	private static final String INTAKE = "intake-service";

	private static final String EVIDENCE = "evidence-service";

	private static final Logger log = LoggerFactory.getLogger(ReportScreening.class);

	private final AssessmentEngine engine;

	private final ReportStore store;

	private final ClusterIndex clusters;

	private final EventCodec codec;

	private final Clock clock;

	ReportScreening(AssessmentEngine engine, ReportStore store, ClusterIndex clusters, EventCodec codec, Clock clock) {
		this.engine = engine;
		this.store = store;
		this.clusters = clusters;
		this.codec = codec;
		this.clock = clock;
	}

	public void on(EvidenceSecured event) {
		if (event.content() == null || event.content().description() == null) {
			throw new MalformedEventException("EvidenceSecured without report content");
		}
		Optional<TriageReport> existing = this.store.findById(event.reportId());
		if (existing.isPresent()) {
			lateEvidence(existing.get(), event);
			return;
		}
		Membership membership = firstAssessment(event);
		if (membership.campaignStartedNow()) {
			campaignStarted(membership);
		}
	}

	private Membership firstAssessment(EvidenceSecured event) {
		ReportContent content = event.content();
		Instant now = this.clock.instant();
		Instant receivedAt = (content.receivedAt() != null) ? content.receivedAt()
				: (event.occurredAt() != null) ? event.occurredAt() : now;
		List<SecuredEvidence> evidence = event.evidence();
		Assessment alone = this.engine.assess(input(content, evidence, 0, false, receivedAt));
		Set<String> duplicates = new LinkedHashSet<>();
		evidence.forEach((e) -> duplicates.addAll(e.duplicateOfReportIds()));
		duplicates.remove(event.reportId());
		Membership membership = this.clusters.join(event.reportId(), receivedAt,
				ClusterKeys.of(alone.indicators(), evidence), duplicates);
		int related = membership.otherReportIds().size();
		Assessment assessment = (related == 0 && !membership.campaign()) ? alone
				: this.engine.assess(input(content, evidence, related, membership.campaign(), receivedAt));
		Instant dueAt = receivedAt.plus(assessment.dueIn());
		ReportTriaged triaged = triaged(event.reportId(), assessment, dueAt, content.place(), now);
		ReportStatusChanged underReview = new ReportStatusChanged(Ids.eventId(), now, event.reportId(), 1,
				ReportStatus.UNDER_REVIEW, SOURCE, null);
		TriageReport report = new TriageReport(event.reportId(), ReportStatus.UNDER_REVIEW, assessment.category(),
				assessment.priority(), assessment.score(), assessment.summary(), receivedAt, dueAt,
				membership.clusterId(), content, evidence,
				StoredAssessment.of(assessment, related, membership.campaign()), null, null, null,
				history(event, receivedAt, underReview), List.of(), List.of(), List.of(event.eventId()),
				List.of(OutboxEntry.of(triaged, this.codec), OutboxEntry.of(underReview, this.codec)), 0);
		if (!this.store.insert(report)) {
			// written meanwhile by a redelivery: apply this one as late evidence
			this.store.findById(event.reportId()).ifPresent((r) -> lateEvidence(r, event));
			return Membership.none();
		}
		log.info("Report {} triaged {} {} (score {}, {} related)", event.reportId(), assessment.category(),
				assessment.priority(), assessment.score(), related);
		return membership;
	}

	/**
	 * The report's history starts with its submission and the securing of its evidence,
	 * both told by the event that makes the report here: their own status events are
	 * skipped by this service (iblagh.messaging.status-events.skip-statuses), since
	 * either could arrive before the report exists and be lost.
	 */
	private static List<HistoryEntry> history(EvidenceSecured event, Instant receivedAt,
			ReportStatusChanged underReview) {
		Instant securedAt = (event.occurredAt() != null) ? event.occurredAt() : underReview.occurredAt();
		return List.of(
				new HistoryEntry(ReportStatus.SUBMITTED, INTAKE, null, receivedAt, event.eventId() + "/submitted"),
				new HistoryEntry(ReportStatus.EVIDENCE_SECURED, EVIDENCE, null, securedAt,
						event.eventId() + "/secured"),
				new HistoryEntry(ReportStatus.UNDER_REVIEW, SOURCE, null, underReview.occurredAt(),
						underReview.eventId()));
	}

	private void lateEvidence(TriageReport report, EvidenceSecured event) {
		if (report.eventIds().contains(event.eventId())) {
			return;
		}
		List<SecuredEvidence> merged = new ArrayList<>(report.evidence());
		for (SecuredEvidence e : event.evidence()) {
			if (merged.stream().noneMatch((m) -> m.evidenceId().equals(e.evidenceId()))) {
				merged.add(e);
			}
		}
		boolean newHashMatch = !report.hashListMatch() && merged.stream().anyMatch(SecuredEvidence::hashListMatch);
		Update update = new Update().set("evidence", merged).addToSet("eventIds", event.eventId());
		List<OutboxEntry> events = List.of();
		if (newHashMatch) {
			StoredAssessment before = report.assessment();
			Assessment assessment = this.engine.assess(
					input(report.content(), merged, before.relatedReports(), before.campaign(), report.receivedAt()));
			events = reassessed(report, assessment, before.relatedReports(), before.campaign(), update);
		}
		this.store.update(report.id(), Criteria.where("eventIds").ne(event.eventId()), update, events);
	}

	private void campaignStarted(Membership membership) {
		int related = membership.otherReportIds().size();
		for (TriageReport other : this.store.findAllById(membership.otherReportIds())) {
			if (!Lifecycle.isOpen(other.status()) || other.assessment().campaign()) {
				continue;
			}
			Assessment assessment = this.engine
				.assess(input(other.content(), other.evidence(), related, true, other.receivedAt()));
			Update update = new Update();
			List<OutboxEntry> events = reassessed(other, assessment, related, true, update);
			this.store.update(other.id(), Criteria.where("assessment.campaign").ne(true), update, events);
		}
		log.info("Cluster {} became a campaign with {} reports", membership.clusterId(), related + 1);
	}

	/**
	 * Adds a new assessment to the update; a ReportTriaged is published only when the
	 * priority moved.
	 */
	private List<OutboxEntry> reassessed(TriageReport report, Assessment assessment, int related, boolean campaign,
			Update update) {
		Instant dueAt = report.receivedAt().plus(assessment.dueIn());
		update.set("assessment", StoredAssessment.of(assessment, related, campaign))
			.set("category", assessment.category())
			.set("priority", assessment.priority())
			.set("score", assessment.score())
			.set("summary", assessment.summary())
			.set("dueAt", dueAt);
		if (assessment.priority() == report.priority()) {
			return List.of();
		}
		return List.of(OutboxEntry.of(triaged(report.id(), assessment, dueAt, report.place(), this.clock.instant()),
				this.codec));
	}

	private static ReportTriaged triaged(String reportId, Assessment a, Instant dueAt, Place place, Instant now) {
		return new ReportTriaged(Ids.eventId(), now, reportId, 1, a.category(), a.categoryConfidence(), a.priority(),
				a.score(), a.summary(), dueAt, place, a.language());
	}

	static ReportInput input(ReportContent content, List<SecuredEvidence> evidence, int related, boolean campaign,
			Instant receivedAt) {
		return new ReportInput(content.description(), content.category(), content.language(),
				content.contentLocations(), content.suspectIdentifiers(), content.place(), related, campaign,
				evidence.stream().anyMatch(SecuredEvidence::hashListMatch), receivedAt);
	}

}
