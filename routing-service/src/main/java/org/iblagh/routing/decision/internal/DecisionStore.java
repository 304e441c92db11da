package org.iblagh.routing.decision.internal;

import java.util.List;
import java.util.Optional;

import org.iblagh.routing.jurisdiction.Basis;
import org.iblagh.routing.jurisdiction.OfficeRef;
import org.iblagh.support.messaging.OutboxEntry;
import org.iblagh.support.messaging.OutboxRelay;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Reads and writes routing decisions; every write that queues events signals the relay.
 */
@Component
class DecisionStore {

	private final MongoTemplate mongo;

	private final OutboxRelay relay;

	DecisionStore(MongoTemplate mongo, OutboxRelay relay) {
		this.mongo = mongo;
		this.relay = relay;
	}

	@EventListener(ApplicationStartedEvent.class)
	void createIndexes() {
		this.mongo.indexOps(RoutingDecisionDocument.class)
			.createIndex(new Index().on("reportId", Sort.Direction.ASC).on("decidedAt", Sort.Direction.DESC));
	}

	/**
	 * Stores a decision with its outbox in one write.
	 * @return false when this referral was already decided (a replay)
	 */
	boolean insert(RoutingDecisionDocument decision) {
		try {
			this.mongo.insert(decision);
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		this.relay.signal(RoutingDecisionDocument.COLLECTION, decision.id());
		return true;
	}

	boolean exists(String referralEventId) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(referralEventId)), RoutingDecisionDocument.class);
	}

	/** The latest decision for a report (a later referral makes a new one). */
	Optional<RoutingDecisionDocument> latest(String reportId) {
		Query query = Query.query(Criteria.where("reportId").is(reportId))
			.with(Sort.by(Sort.Direction.DESC, "decidedAt"))
			.limit(1);
		return Optional.ofNullable(this.mongo.findOne(query, RoutingDecisionDocument.class));
	}

	/** Applies an override, its audit entry and its events in one write. */
	void override(RoutingDecisionDocument decision, OfficeRef police, OfficeRef prosecutor, List<Basis> basis,
			OverrideEntry audit, List<OutboxEntry> events) {
		Update update = new Update().set("outcome", RoutingDecisionDocument.ROUTED)
			.set("policeUnit", police)
			.set("prosecutorOffice", prosecutor)
			.set("basis", basis)
			.push("overrides", audit);
		update.push("outbox").each(events.toArray());
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(decision.id())), update,
				RoutingDecisionDocument.class);
		this.relay.signal(RoutingDecisionDocument.COLLECTION, decision.id());
	}

}
