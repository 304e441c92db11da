package org.iblagh.local.mongo;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A unique index kept in an MVStore map whose keys are ordered by {@link MongoValueType}
 * (H2's own index class is package-private and fixed to the slow default key type).
 * Besides equality and {@code $in}, a single-field index answers ranges ({@code $gt},
 * {@code $gte}, {@code $lt}, {@code $lte}) with an ordered scan, so "every document after
 * number n" reads only those documents, not the collection.
 */
final class BsonUniqueIndex extends AbstractUniqueIndex<Object> {

	private static final Set<String> RANGE_OPERATORS = Set.of("$gt", "$gte", "$lt", "$lte");

	private final MVMap<Object, Object> map;

	BsonUniqueIndex(MVMap<Object, Object> map, String name, List<IndexKey> keys, boolean sparse) {
		super(name, keys, sparse);
		this.map = map;
	}

	@Override
	protected Object removeDocument(KeyValue key) {
		return this.map.remove(key);
	}

	@Override
	protected boolean putKeyPosition(KeyValue key, Object position) {
		return this.map.putIfAbsent(key, Missing.ofNullable(position)) == null;
	}

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
		return (Iterable) this.map.entrySet();
	}

	@Override
	protected Object getPosition(KeyValue key) {
		return this.map.get(key);
	}

	@Override
	public synchronized boolean canHandle(Document query) {
		return range(query) != null || super.canHandle(query);
	}

	@Override
	public synchronized Iterable<Object> getPositions(Document query) {
		Document range = range(query);
		if (range == null) {
			return super.getPositions(query);
		}
		Object from = bound(range, "$gt", "$gte");
		Object to = bound(range, "$lt", "$lte");
		List<Object> positions = new ArrayList<>();
		Iterator<Object> keys = this.map.keyIterator((from != null) ? new KeyValue(from) : null);
		while (keys.hasNext()) {
			KeyValue key = (KeyValue) keys.next();
			Object value = key.get(0);
			if (from != null) {
				int order = MongoValueType.INSTANCE.compare(value, from);
				if (order < 0 || (order == 0 && range.containsKey("$gt"))) {
					continue;
				}
			}
			if (to != null) {
				int order = MongoValueType.INSTANCE.compare(value, to);
				if (order > 0 || (order == 0 && range.containsKey("$lt"))) {
					break;
				}
			}
			// candidates only: the collection applies the whole query to what is returned
			positions.add(this.map.get(key));
		}
		return positions;
	}

	/** The query's range on this index's only field, or null when it has none. */
	private Document range(Document query) {
		if (keys().size() != 1 || !(query.get(keys().get(0)) instanceof Document range) || range.isEmpty()) {
			return null;
		}
		for (String operator : range.keySet()) {
			if (!RANGE_OPERATORS.contains(operator) || !IndexKeys.isPlain(range.get(operator))) {
				return null;
			}
		}
		return range;
	}

	private Object bound(Document range, String exclusive, String inclusive) {
		Object value = range.containsKey(exclusive) ? range.get(exclusive) : range.get(inclusive);
		return (value != null) ? IndexKeys.normalized(keys().get(0), value, this::getKeyValues) : null;
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

}
