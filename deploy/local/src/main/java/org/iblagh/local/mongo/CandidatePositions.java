package org.iblagh.local.mongo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Picks candidate documents for a query that no index answers whole: a conjunction
 * ({@code {a: x, b: y}} or {@code {$and: [...]}}, possibly with {@code $or} clauses
 * beside its conditions) one of whose conditions an index answers, such as the feed
 * tail's {@code {$and: [{officeId: o}, {seq: {$gt: n}}, {seq: {$lte: m}}]}} or the
 * idempotent consumers' {@code {_id: x, "history.eventId": {$ne: e}}}. mongo-java-server
 * scans the whole collection for those; MongoDB uses one index and filters what it finds,
 * and so does this. The collection applies the whole query to the candidates, so any
 * indexed condition gives the right answer.
 * <p>
 * Which one is chosen by its kind, not by counting (counting would read the index for
 * every condition): an equality on a unique index (one document at most), then a range
 * bounded on both sides on a unique index (a feed's window), then an equality on any
 * other index, then a range open on one side.
 */
final class CandidatePositions {

	private static final Set<String> RANGE_OPERATORS = Set.of("$gt", "$gte", "$lt", "$lte");

	private static final int NOT_INDEXED = Integer.MAX_VALUE;

	private CandidatePositions() {
	}

	/**
	 * @return the positions of the documents that may match, or null when no condition of
	 * the query has an index (or an index answers the whole query)
	 */
	static Iterable<Object> of(Document query, List<Index<Object>> indexes) {
		if (query.size() < 2 && !query.containsKey("$and")) {
			// one condition (most queries: by _id): the collection's own lookup serves it
			return null;
		}
		List<Document> conditions = conditions(query);
		if (conditions.isEmpty() || handles(indexes, query)) {
			return null;
		}
		Document bestCondition = null;
		Index<Object> bestIndex = null;
		int bestRank = NOT_INDEXED;
		for (Document condition : conditions) {
			for (Index<Object> index : indexes) {
				int rank = rank(index, condition);
				if (rank < bestRank) {
					bestRank = rank;
					bestIndex = index;
					bestCondition = condition;
				}
			}
		}
		return (bestIndex != null) ? bestIndex.getPositions(bestCondition) : null;
	}

	/**
	 * Candidates for a query that may be answered whole by one index (an aggregation's
	 * leading {@code $match}).
	 * @return the positions, or null when neither the query nor one of its conditions has
	 * an index
	 */
	static Iterable<Object> forMatch(Document query, List<Index<Object>> indexes) {
		for (Index<Object> index : indexes) {
			if (index.canHandle(query)) {
				return index.getPositions(query);
			}
		}
		return of(query, indexes);
	}

	/**
	 * The query's conditions on fields, one field each, with the range operators on one
	 * field merged into one condition; empty when the query is not a conjunction. Clauses
	 * such as {@code $or} are left out: they can narrow the answer, never widen it.
	 */
	static List<Document> conditions(Document query) {
		Map<String, List<Object>> byField = new LinkedHashMap<>();
		if (!collect(query, byField)) {
			return List.of();
		}
		List<Document> conditions = new ArrayList<>();
		byField.forEach((field, values) -> {
			Document range = (values.size() > 1) ? mergedRange(values) : null;
			if (range != null) {
				conditions.add(new Document(field, range));
			}
			else {
				values.forEach((value) -> conditions.add(new Document(field, value)));
			}
		});
		return conditions;
	}

	private static boolean collect(Document query, Map<String, List<Object>> byField) {
		for (String field : query.keySet()) {
			Object value = query.get(field);
			if (field.equals("$and") && value instanceof List<?> clauses) {
				for (Object clause : clauses) {
					if (!(clause instanceof Document d) || !collect(d, byField)) {
						return false;
					}
				}
			}
			else if (field.startsWith("$")) {
				// $or, $nor, $expr... beside other conditions: never used to choose the
				// candidates, applied to them with the rest of the query (a version check
				// with "free or mine", a routing "unset or older")
				continue;
			}
			else {
				byField.computeIfAbsent(field, (f) -> new ArrayList<>()).add(value);
			}
		}
		return true;
	}

	/** One range from several on a field, or null when they do not merge cleanly. */
	private static Document mergedRange(List<Object> values) {
		Document merged = new Document();
		for (Object value : values) {
			if (!isRange(value)) {
				return null;
			}
			for (Map.Entry<String, Object> bound : ((Document) value).entrySet()) {
				if (merged.containsKey(bound.getKey())) {
					return null;
				}
				merged.put(bound.getKey(), bound.getValue());
			}
		}
		return merged;
	}

	/** Lower is cheaper; {@link #NOT_INDEXED} when the index cannot answer it. */
	private static int rank(Index<Object> index, Document condition) {
		if (!index.canHandle(condition)) {
			return NOT_INDEXED;
		}
		Object value = condition.values().iterator().next();
		boolean range = isRange(value);
		if (index.isUnique() && !range) {
			return 0;
		}
		if (index.isUnique() && boundedOnBothSides((Document) value)) {
			return 1;
		}
		return range ? 3 : 2;
	}

	private static boolean isRange(Object value) {
		return value instanceof Document d && !d.isEmpty() && RANGE_OPERATORS.containsAll(d.keySet());
	}

	private static boolean boundedOnBothSides(Document range) {
		return (range.containsKey("$gt") || range.containsKey("$gte"))
				&& (range.containsKey("$lt") || range.containsKey("$lte"));
	}

	private static boolean handles(List<Index<Object>> indexes, Document query) {
		for (Index<Object> index : indexes) {
			if (index.canHandle(query)) {
				return true;
			}
		}
		return false;
	}

}
