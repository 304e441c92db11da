package org.iblagh.local.mongo;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A non-unique index, which mongo-java-server otherwise accepts and ignores: every query
 * on another field than {@code _id} scanned the whole collection (the evidence of a
 * report, an office's referrals since a cursor, a report's routing decision). Entries are
 * the indexed values followed by the document's position, so equal values stay apart and
 * a lookup is a range scan. It answers queries with an equality on the first key, and
 * {@code $exists: true} when sparse; the collection applies the whole query to what it
 * returns, so it only has to return every candidate.
 */
final class BsonSecondaryIndex extends Index<Object> {

	private static final String ID = "_id";

	private final MVMap<Object, Object> map;

	BsonSecondaryIndex(MVMap<Object, Object> map, String name, List<IndexKey> keys, boolean sparse) {
		super(name, keys, sparse);
		this.map = map;
	}

	@Override
	public Object getPosition(Document document) {
		return null;
	}

	@Override
	public void checkAdd(Document document, MongoCollection<Object> collection) {
	}

	@Override
	public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
		for (KeyValue values : getKeyValues(document)) {
			if (isSparse() && isAbsent(values)) {
				// a sparse index holds only the documents that have the field
				continue;
			}
			this.map.put(entry(values, position), Boolean.TRUE);
		}
	}

	private static boolean isAbsent(KeyValue values) {
		for (Object value : values) {
			if (value != null && !(value instanceof Missing)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public synchronized Object remove(Document document) {
		Object position = Missing.ofNullable(document.get(ID));
		removeEntries(document, position);
		return position;
	}

	@Override
	public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
	}

	@Override
	public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
			MongoCollection<Object> collection) {
		if (!nullAwareEqualsKeys(oldDocument, newDocument)) {
			removeEntries(oldDocument, position);
			add(newDocument, position, collection);
		}
	}

	/**
	 * An equality on the first field, or an {@code $in} of plain values there (as the
	 * evidence service's PDQ band lookup asks); the collection applies the rest of the
	 * query to the positions found.
	 */
	@Override
	public boolean canHandle(Document query) {
		Object value = query.get(keys().get(0));
		return IndexKeys.isPlain(value) || inValues(value) != null || isExistsOnSparse(value);
	}

	@Override
	public synchronized Iterable<Object> getPositions(Document query) {
		Object value = query.get(keys().get(0));
		List<?> in = inValues(value);
		Set<Object> positions = new LinkedHashSet<>();
		if (isExistsOnSparse(value)) {
			// every document the index holds: exactly those that have the field
			this.map.keyIterator(null).forEachRemaining((key) -> {
				KeyValue entry = (KeyValue) key;
				positions.add(entry.get(entry.size() - 1));
			});
		}
		else if (in == null) {
			addPositions(normalized(value), positions);
		}
		else {
			for (Object each : in) {
				addPositions(normalized(each), positions);
			}
		}
		return positions;
	}

	/**
	 * {@code {$exists: true}} on a sparse index (the outbox relay's sweep for documents
	 * with events waiting).
	 */
	private boolean isExistsOnSparse(Object value) {
		return isSparse() && value instanceof Document d && d.size() == 1 && Boolean.TRUE.equals(d.get("$exists"));
	}

	/** The values of {@code {$in: [...]}} when all are plain, else null. */
	private static List<?> inValues(Object value) {
		if (value instanceof Document d && d.size() == 1 && d.get("$in") instanceof List<?> values
				&& values.stream().allMatch(IndexKeys::isPlain)) {
			return values;
		}
		return null;
	}

	private void addPositions(Object value, Set<Object> positions) {
		Iterator<Object> keys = this.map.keyIterator(new KeyValue(value));
		while (keys.hasNext()) {
			KeyValue key = (KeyValue) keys.next();
			if (MongoValueType.INSTANCE.compare(key.get(0), value) != 0) {
				break;
			}
			positions.add(key.get(key.size() - 1));
		}
	}

	@Override
	public long getCount() {
		return this.map.sizeAsLong();
	}

	@Override
	public boolean isEmpty() {
		return this.map.isEmpty();
	}

	@Override
	public long getDataSize() {
		return getCount();
	}

	@Override
	public void drop() {
		this.map.clear();
	}

	private void removeEntries(Document document, Object position) {
		for (KeyValue values : getKeyValues(document)) {
			this.map.remove(entry(values, position));
		}
	}

	private Object normalized(Object value) {
		return IndexKeys.normalized(keys().get(0), value, this::getKeyValues);
	}

	private static KeyValue entry(KeyValue values, Object position) {
		List<Object> key = new ArrayList<>(values.size() + 1);
		values.forEach(key::add);
		key.add(position);
		return new KeyValue(key);
	}

}
