package org.iblagh.local.mongo;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * Keys of the embedded database's maps: document positions ({@code _id} values) and
 * unique-index keys ({@link KeyValue}). The default type orders anything that is not a
 * plain Java type by serializing both sides on every comparison, which made each index
 * lookup cost a dozen Java serializations; this one orders values as MongoDB does and
 * stores them as BSON.
 */
final class MongoValueType extends BasicDataType<Object> {

	static final MongoValueType INSTANCE = new MongoValueType();

	private static final String VALUE = "v";

	private static final String KEY = "k";

	private static final String MISSING = "$iblaghMissing";

	private static final ValueComparator ORDER = ValueComparator.ascWithoutListHandling();

	private MongoValueType() {
	}

	@Override
	public int compare(Object a, Object b) {
		if (a instanceof KeyValue left && b instanceof KeyValue right) {
			int common = Math.min(left.size(), right.size());
			for (int i = 0; i < common; i++) {
				int c = compareValues(left.get(i), right.get(i));
				if (c != 0) {
					return c;
				}
			}
			return Integer.compare(left.size(), right.size());
		}
		return compareValues(a, b);
	}

	private static int compareValues(Object a, Object b) {
		boolean aMissing = a instanceof Missing;
		boolean bMissing = b instanceof Missing;
		if (aMissing || bMissing) {
			return Boolean.compare(!aMissing, !bMissing);
		}
		return ORDER.compare(a, b);
	}

	@Override
	public int getMemory(Object value) {
		return 128;
	}

	@Override
	public void write(WriteBuffer buffer, Object value) {
		Document holder = new Document();
		if (value instanceof KeyValue key) {
			List<Object> values = new ArrayList<>(key.size());
			key.forEach((v) -> values.add(stored(v)));
			holder.put(KEY, values);
		}
		else {
			holder.put(VALUE, stored(value));
		}
		BsonDocumentType.INSTANCE.write(buffer, holder);
	}

	@Override
	public Object read(ByteBuffer buffer) {
		Document holder = BsonDocumentType.INSTANCE.read(buffer);
		if (holder.containsKey(KEY)) {
			List<Object> values = new ArrayList<>();
			for (Object v : (List<?>) holder.get(KEY)) {
				values.add(loaded(v));
			}
			return new KeyValue(values);
		}
		return loaded(holder.get(VALUE));
	}

	@Override
	public Object[] createStorage(int size) {
		return new Object[size];
	}

	private static Object stored(Object value) {
		return (value instanceof Missing) ? new Document(MISSING, true) : value;
	}

	private static Object loaded(Object value) {
		return (value instanceof Document d && d.size() == 1 && d.containsKey(MISSING)) ? Missing.getInstance() : value;
	}

}
