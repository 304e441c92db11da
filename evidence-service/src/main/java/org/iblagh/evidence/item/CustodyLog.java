package org.iblagh.evidence.item;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.iblagh.evidence.custody.CustodyAction;
import org.iblagh.evidence.custody.CustodyChain;
import org.iblagh.evidence.custody.CustodyEntry;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The custody chain in MongoDB, one document per entry with {@code _id =
 * <evidenceId>:<sequence>}: two writers appending at once collide on the id, and the
 * loser re-reads the head and appends after it, so the chain never forks. Entries are
 * only ever inserted.
 */
public class CustodyLog {

	public static final String COLLECTION = "custody";

	private static final int MAX_ATTEMPTS = 20;

	private final MongoTemplate mongo;

	private final Clock clock;

	public CustodyLog(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public void createIndexes() {
		collection().createIndex(Indexes.ascending("evidenceId", "sequence"));
	}

	public CustodyEntry append(String evidenceId, CustodyAction action, String actor, String detail) {
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			CustodyEntry last = last(evidenceId);
			CustodyEntry next = CustodyChain.append(last, evidenceId, action, actor, this.clock.instant(), detail);
			try {
				collection().insertOne(toDocument(next));
				return next;
			}
			catch (MongoWriteException ex) {
				if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
					throw ex;
				}
			}
		}
		throw new IllegalStateException("Could not append to the custody chain of " + evidenceId);
	}

	/**
	 * Appends unless an entry with this action is already there (replays of securing).
	 */
	public void appendOnce(String evidenceId, CustodyAction action, String actor, String detail) {
		if (entries(evidenceId).stream().noneMatch((e) -> e.action() == action)) {
			append(evidenceId, action, actor, detail);
		}
	}

	/**
	 * The chain's latest entry: one index entry read on MongoDB ({@code evidenceId,
	 * sequence}), however long the chain has grown with views.
	 */
	private CustodyEntry last(String evidenceId) {
		Document last = collection().find(Filters.eq("evidenceId", evidenceId))
			.sort(Sorts.descending("sequence"))
			.limit(1)
			.first();
		return (last != null) ? toEntry(last) : null;
	}

	public List<CustodyEntry> entries(String evidenceId) {
		List<CustodyEntry> entries = new ArrayList<>();
		collection().find(Filters.eq("evidenceId", evidenceId))
			.sort(Sorts.ascending("sequence"))
			.forEach((d) -> entries.add(toEntry(d)));
		return entries;
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(COLLECTION);
	}

	private static Document toDocument(CustodyEntry e) {
		return new Document("_id", e.evidenceId() + ":" + String.format("%06d", e.sequence()))
			.append("evidenceId", e.evidenceId())
			.append("sequence", e.sequence())
			.append("action", e.action().name())
			.append("actor", e.actor())
			.append("at", Date.from(e.at()))
			.append("detail", e.detail())
			.append("previousHash", e.previousHash())
			.append("hash", e.hash());
	}

	private static CustodyEntry toEntry(Document d) {
		CustodyAction action;
		try {
			action = CustodyAction.valueOf(d.getString("action"));
		}
		catch (RuntimeException ex) {
			// an edited action is tampering: keep the entry so the chain check reports it
			action = null;
		}
		Date at = d.getDate("at");
		Number sequence = d.get("sequence", Number.class);
		return new CustodyEntry(d.getString("evidenceId"), (sequence != null) ? sequence.intValue() : -1, action,
				d.getString("actor"), (at != null) ? at.toInstant() : null, d.getString("detail"),
				d.getString("previousHash"), d.getString("hash"));
	}

}
