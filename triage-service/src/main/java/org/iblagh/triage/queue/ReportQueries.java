package org.iblagh.triage.queue;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.iblagh.support.web.ApiException;
import org.iblagh.triage.audit.AuditLog;
import org.iblagh.triage.cluster.ClusterIndex;
import org.iblagh.triage.report.HistoryEntry;
import org.iblagh.triage.report.Lifecycle;
import org.iblagh.triage.report.TriageReport;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The queue and the report page, for the API and the console alike. Every read is
 * audited.
 */
@Service
public class ReportQueries {

	private final MongoTemplate mongo;

	private final ClusterIndex clusters;

	private final AuditLog audit;

	private final Clock clock;

	ReportQueries(MongoTemplate mongo, ClusterIndex clusters, AuditLog audit, Clock clock) {
		this.mongo = mongo;
		this.clusters = clusters;
		this.audit = audit;
		this.clock = clock;
	}

	public QueuePage queue(QueueFilter filter, String viewer) {
		Criteria where = Criteria.where("status").in(filter.statuses());
		if (filter.priority() != null) {
			where = where.and("priority").is(filter.priority());
		}
		if (filter.category() != null) {
			where = where.and("category").is(filter.category());
		}
		Query count = Query.query(where);
		long total = this.mongo.count(count, TriageReport.class);
		Query query = Query.query(where)
			.with(Sort.by(Sort.Order.asc("priority"), Sort.Order.asc("dueAt"), Sort.Order.asc("_id")))
			.skip((long) filter.page() * filter.size())
			.limit(filter.size());
		query.fields()
			.exclude("content", "evidence", "assessment", "history", "messages", "instructions", "eventIds", "outbox");
		Instant now = this.clock.instant();
		List<QueueItem> items = this.mongo.find(query, TriageReport.class)
			.stream()
			.map((r) -> new QueueItem(r.id(), r.category(), r.priority(), r.score(), r.status(), r.receivedAt(),
					r.dueAt(), r.clusterId(), r.summary(), isOverdue(r, now), r.claimedBy()))
			.toList();
		// each line shows a report's summary: the entry names the page and every report
		// on it
		this.audit.record(viewer, "VIEW_QUEUE", null, "OK",
				"statuses=" + filter.statuses().stream().map(Enum::name).sorted().toList() + ";priority="
						+ filter.priority() + ";category=" + filter.category() + ";page=" + filter.page() + ";size="
						+ filter.size() + ";shown="
						+ String.join(",", items.stream().map(QueueItem::reportId).toList()));
		return new QueuePage(items, filter.page(), filter.size(), total,
				(int) ((total + filter.size() - 1) / filter.size()));
	}

	public ReportView report(String reportId, String viewer) {
		TriageReport r = this.mongo.findById(reportId, TriageReport.class);
		if (r == null) {
			this.audit.record(viewer, "VIEW_REPORT", reportId, "REPORT_NOT_FOUND", null);
			throw ApiException.notFound("REPORT_NOT_FOUND", "No report with this id.");
		}
		this.audit.record(viewer, "VIEW_REPORT", reportId);
		return view(r);
	}

	/**
	 * The report without an audit entry, for the console's own checks.
	 */
	public TriageReport find(String reportId) {
		TriageReport r = this.mongo.findById(reportId, TriageReport.class);
		if (r == null) {
			throw ApiException.notFound("REPORT_NOT_FOUND", "No report with this id.");
		}
		return r;
	}

	private ReportView view(TriageReport r) {
		List<String> related = this.clusters.members(r.clusterId())
			.stream()
			.filter((id) -> !id.equals(r.id()))
			.toList();
		var a = r.assessment();
		List<ReportView.EvidenceView> evidence = r.evidence()
			.stream()
			.map((e) -> new ReportView.EvidenceView(e.evidenceId(), e.fileName(), e.mediaType(), e.size(), e.sha256(),
					e.pdq(), e.hashListMatch(), e.flags()))
			.toList();
		List<HistoryEntry> history = r.history().stream().sorted(Comparator.comparing(HistoryEntry::at)).toList();
		return new ReportView(r.id(), r.status(), r.category(), a.categoryConfidence(), r.priority(), r.score(),
				a.language(), r.summary(), r.content().description(), r.content().category(), a.explanation(),
				a.indicators(), r.clusterId(), related, a.campaign() || this.clusters.isCampaign(r.clusterId()),
				evidence, a.suggestedOffences(), r.place(), r.content().contentLocations(),
				r.content().suspectIdentifiers(), r.receivedAt(), r.dueAt(), isOverdue(r, this.clock.instant()),
				r.claimedBy(), r.decision(), r.messages(), r.instructions(), history);
	}

	private static boolean isOverdue(TriageReport r, Instant now) {
		return Lifecycle.isOpen(r.status()) && r.dueAt() != null && r.dueAt().isBefore(now);
	}

}
