package org.iblagh.local.mongo;

import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import org.h2.mvstore.MVMap;

/**
 * A unique index kept in an MVStore map whose keys are ordered by {@link MongoValueType}
 * (H2's own index class is package-private and fixed to the slow default key type).
 */
final class BsonUniqueIndex extends AbstractUniqueIndex<Object> {

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
