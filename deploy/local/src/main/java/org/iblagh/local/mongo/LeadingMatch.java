package org.iblagh.local.mongo;

import java.util.List;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The {@code $match} an aggregation on this thread starts with, handed from the command
 * to the collection that the aggregation reads (mongo-java-server passes only the
 * collection between them). It is taken once, by that collection, so a {@code $lookup}
 * into another collection never sees it.
 */
final class LeadingMatch {

	private static final ThreadLocal<LeadingMatch> CURRENT = new ThreadLocal<>();

	private final String collection;

	private final Document match;

	private LeadingMatch(String collection, Document match) {
		this.collection = collection;
		this.match = match;
	}

	/** Remembers the first stage of an {@code aggregate} command if it is a $match. */
	static void offer(Document command) {
		if (command.get("aggregate") instanceof String collection && command.get("pipeline") instanceof List<?> stages
				&& !stages.isEmpty() && stages.get(0) instanceof Document first && first.size() == 1
				&& first.get("$match") instanceof Document match) {
			CURRENT.set(new LeadingMatch(collection, match));
		}
	}

	/** The $match for an aggregation reading {@code collection}, at most once. */
	static Document take(String collection) {
		LeadingMatch current = CURRENT.get();
		if (current == null || !current.collection.equals(collection)) {
			return null;
		}
		CURRENT.remove();
		return current.match;
	}

	static void clear() {
		CURRENT.remove();
	}

}
