package org.iblagh.local.mongo;

import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/** How the BSON indexes turn a query's value into the value their keys hold. */
final class IndexKeys {

	private IndexKeys() {
	}

	/**
	 * The value as an index stores it (numbers normalised as in the documents' keys).
	 * @param keyPath the index's first key, dotted for a nested field
	 * @param keyValues the index's own key extraction
	 */
	static Object normalized(String keyPath, Object value, Function<Document, Set<KeyValue>> keyValues) {
		// a dotted key names a path: the probe nests the value along it
		String[] path = keyPath.split("\\.");
		Object nested = value;
		for (int i = path.length - 1; i >= 0; i--) {
			nested = new Document(path[i], nested);
		}
		return keyValues.apply((Document) nested).iterator().next().get(0);
	}

	/**
	 * A plain value an index can look up: not an operator, a list, a pattern or missing.
	 */
	static boolean isPlain(Object value) {
		return value != null && !(value instanceof Document) && !(value instanceof Collection)
				&& !(value instanceof BsonRegularExpression) && !(value instanceof Pattern)
				&& !(value instanceof Missing);
	}

}
