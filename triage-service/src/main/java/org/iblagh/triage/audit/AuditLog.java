package org.iblagh.triage.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * An append-only log of every view and action. This class only inserts and reads; there
 * is no API that updates or deletes an entry.
 */
@Component
public class AuditLog {

	private final MongoTemplate mongo;

	private final Clock clock;

	AuditLog(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@EventListener(ApplicationStartedEvent.class)
	void createIndexes() {
		var index = this.mongo.indexOps(AuditEntry.class);
		index.createIndex(new Index().on("at", Sort.Direction.DESC));
		index.createIndex(new Index().on("reportId", Sort.Direction.ASC));
	}

	public void record(String actor, String action, String reportId, String outcome, String detail) {
		this.mongo.insert(new AuditEntry(UUID.randomUUID().toString(), this.clock.instant(), actor, action, reportId,
				outcome, detail));
	}

	public void record(String actor, String action, String reportId) {
		record(actor, action, reportId, "OK", null);
	}

	/**
	 * Newest first.
	 */
	public List<AuditEntry> find(String reportId, String actor, int page, int size) {
		Query query = new Query();
		if (reportId != null && !reportId.isBlank()) {
			query.addCriteria(Criteria.where("reportId").is(reportId));
		}
		if (actor != null && !actor.isBlank()) {
			query.addCriteria(Criteria.where("actor").is(actor));
		}
		query.with(Sort.by(Sort.Direction.DESC, "at")).skip((long) page * size).limit(size);
		return this.mongo.find(query, AuditEntry.class);
	}

}
