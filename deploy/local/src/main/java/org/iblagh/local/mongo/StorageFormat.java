package org.iblagh.local.mongo;

import java.util.List;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.ObjectDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's file: which map holds what, with which types, and the one-time
 * conversion of a data folder written by the stock H2 backend (Java-serialized documents)
 * to BSON. The conversion survives a crash at any point: each map is copied, the copy
 * committed, and only then does it replace the original.
 */
final class StorageFormat {

	private static final Logger log = LoggerFactory.getLogger(StorageFormat.class);

	static final String DATA_PREFIX = "databases.";

	static final String META_PREFIX = "meta.";

	private static final String INDEX_INFIX = "._index_";

	private static final String FORMAT_MAP = "iblagh.format";

	private static final String CURRENT = "bson-1";

	private static final String COPY_SUFFIX = ".~bson";

	private StorageFormat() {
	}

	static MVStore open(String fileName, int cacheMegabytes, int keysPerPage) {
		MVStore store = new MVStore.Builder().fileName(fileName)
			.cacheSize(cacheMegabytes)
			.keysPerPage(keysPerPage)
			.open();
		MVMap<String, String> format = store.openMap(FORMAT_MAP);
		if (!CURRENT.equals(format.get("documents"))) {
			convert(store);
			format.put("documents", CURRENT);
			store.commit();
		}
		return store;
	}

	static MVMap<Object, Document> documents(MVStore store, String namespace) {
		return typed(store, DATA_PREFIX + namespace, BsonDocumentType.INSTANCE);
	}

	static MVMap<Object, Object> index(MVStore store, String mapName) {
		return typed(store, mapName, MongoValueType.INSTANCE);
	}

	static String indexMapName(String namespace, String indexName) {
		return namespace + INDEX_INFIX + indexName;
	}

	private static <V> MVMap<Object, V> typed(MVStore store, String name, DataType<? super V> values) {
		@SuppressWarnings("unchecked")
		DataType<V> valueType = (DataType<V>) values;
		return store.openMap(name,
				new MVMap.Builder<Object, V>().keyType(MongoValueType.INSTANCE).valueType(valueType));
	}

	private static void convert(MVStore store) {
		List<String> names = store.getMapNames()
			.stream()
			.filter((name) -> name.startsWith(DATA_PREFIX) || name.contains(INDEX_INFIX))
			.filter((name) -> !name.endsWith(COPY_SUFFIX))
			.toList();
		for (String copy : store.getMapNames().stream().filter((n) -> n.endsWith(COPY_SUFFIX)).toList()) {
			String original = copy.substring(0, copy.length() - COPY_SUFFIX.length());
			if (names.contains(original)) {
				// a conversion stopped before its copy replaced the original: start again
				store.removeMap(copy);
			}
			else {
				// stopped after the original was removed: the copy is complete
				store.renameMap(open(store, copy, original), original);
			}
		}
		if (!names.isEmpty()) {
			log.info("Converting {} maps of the embedded database to BSON storage (once)", names.size());
		}
		for (String name : names) {
			MVMap<Object, Object> legacy = store.openMap(name,
					new MVMap.Builder<Object, Object>().keyType(new ObjectDataType()).valueType(new ObjectDataType()));
			MVMap<Object, Object> copy = open(store, name + COPY_SUFFIX, name);
			legacy.forEach(copy::put);
			store.commit();
			store.removeMap(legacy);
			store.renameMap(copy, name);
			store.commit();
		}
	}

	@SuppressWarnings("unchecked")
	private static MVMap<Object, Object> open(MVStore store, String name, String role) {
		return role.startsWith(DATA_PREFIX)
				? (MVMap<Object, Object>) (MVMap<?, ?>) typed(store, name, BsonDocumentType.INSTANCE)
				: typed(store, name, MongoValueType.INSTANCE);
	}

}
