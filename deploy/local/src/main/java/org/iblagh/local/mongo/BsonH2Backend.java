package org.iblagh.local.mongo;

import java.lang.reflect.Field;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's H2 backend, made fast enough to be the platform's database on one
 * machine:
 * <ul>
 * <li>documents are stored as BSON and keys ordered as MongoDB orders them
 * ({@link StorageFormat}) instead of through Java serialization;</li>
 * <li>a conjunction one of whose conditions has an index — {@code {_id: x,
 * "history.eventId": {$ne: e}}}, the conditional update every idempotent consumer makes —
 * reads that index's candidates and applies the rest to them, as MongoDB does, instead of
 * scanning the collection (about 18 ms each at 20,000 documents before;
 * {@link CandidatePositions}); so does an aggregation starting with a {@code $match}
 * (Spring Data's count and exists);</li>
 * <li>non-unique indexes exist ({@link BsonSecondaryIndex}) instead of being
 * ignored;</li>
 * <li>documents are encoded by {@link BsonWriter}, the hot path of page writes.</li>
 * </ul>
 */
public final class BsonH2Backend extends H2Backend {

	private static final Logger log = LoggerFactory.getLogger(BsonH2Backend.class);

	/** H2's default; measured against smaller pages in docs/benchmarks.md. */
	static final int KEYS_PER_PAGE = 48;

	/** Queries answered by reading a whole collection, in this process. */
	private static final LongAdder SCANS = new LongAdder();

	public BsonH2Backend(String fileName, int cacheMegabytes) {
		this(fileName, cacheMegabytes, KEYS_PER_PAGE);
	}

	/**
	 * @param keysPerPage the most documents a page holds; a page is written whole, so
	 * changing one document re-encodes every other document of its page
	 */
	public BsonH2Backend(String fileName, int cacheMegabytes, int keysPerPage) {
		super(StorageFormat.open(fileName, cacheMegabytes, keysPerPage));
	}

	/** How many queries read a whole collection so far, in this process. */
	public static long collectionScans() {
		return SCANS.sum();
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, getMvStore(), getCursorRegistry());
	}

	private static final class Database extends H2Database {

		private static final Field STORE = storeField();

		Database(String databaseName, MVStore store, CursorRegistry cursors) {
			super(databaseName, store, cursors);
		}

		@Override
		public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
				Oplog oplog) {
			if (!"aggregate".equals(command)) {
				return super.handleCommand(channel, command, query, resolver, oplog);
			}
			LeadingMatch.offer(query);
			try {
				return super.handleCommand(channel, command, query, resolver, oplog);
			}
			finally {
				LeadingMatch.clear();
			}
		}

		@Override
		protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
			// the parent constructor opens collections before a field of this class could
			// be set, hence its own store, read reflectively
			MVStore store = store();
			String namespace = getFullCollectionNamespace(collectionName);
			return new Collection(this, collectionName, options, StorageFormat.documents(store, namespace),
					store.openMap(StorageFormat.META_PREFIX + namespace), this.cursorRegistry);
		}

		@Override
		protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			MVMap<Object, Object> map = StorageFormat.index(store(),
					StorageFormat.indexMapName(getFullCollectionNamespace(collectionName), indexName));
			return new BsonUniqueIndex(map, indexName, keys, sparse);
		}

		@Override
		protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			MVMap<Object, Object> map = StorageFormat.index(store(),
					StorageFormat.indexMapName(getFullCollectionNamespace(collectionName), indexName));
			return new BsonSecondaryIndex(map, indexName, keys, sparse);
		}

		private MVStore store() {
			try {
				return (MVStore) STORE.get(this);
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static Field storeField() {
			try {
				Field field = H2Database.class.getDeclaredField("mvStore");
				field.setAccessible(true);
				return field;
			}
			catch (NoSuchFieldException ex) {
				throw new IllegalStateException("Unexpected mongo-java-server version", ex);
			}
		}

	}

	private static final class Collection extends H2Collection {

		private static final ThreadLocal<Boolean> UPDATING = ThreadLocal.withInitial(() -> false);

		Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
				MVMap<String, Object> meta, CursorRegistry cursors) {
			super(database, name, options, data, meta, cursors);
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
				int batchSize, Document fieldSelector) {
			QueryResult found = find(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
			return UPDATING.get() ? copies(found) : found;
		}

		@Override
		public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
				boolean isMulti, boolean isUpsert, Oplog oplog) {
			UPDATING.set(true);
			try {
				return super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog);
			}
			finally {
				UPDATING.remove();
			}
		}

		@Override
		public synchronized Document findAndModify(Document query) {
			UPDATING.set(true);
			try {
				return super.findAndModify(query);
			}
			finally {
				UPDATING.remove();
			}
		}

		/** The one way to a collection's documents that reads every one of them. */
		@Override
		protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit,
				int batchSize, Document fieldSelector) {
			SCANS.increment();
			if (log.isDebugEnabled()) {
				// field names only: values may be personal data
				log.debug("Full scan of {} ({} documents) for a query on {}", getCollectionName(), count(),
						query.keySet());
			}
			return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}

		/**
		 * An aggregation reads the whole collection through this and only then applies
		 * its stages. When the pipeline starts with a {@code $match} that an index
		 * answers, only that index's candidates are read, as MongoDB does: Spring Data's
		 * {@code count} and {@code exists} are such aggregations, and each one scanned
		 * the collection. The {@code $match} stage still filters what is read.
		 */
		@Override
		public Stream<Document> queryAllAsStream() {
			Document match = LeadingMatch.take(getCollectionName());
			if (match != null) {
				Iterable<Object> positions = CandidatePositions.forMatch(match, getIndexes());
				if (positions != null) {
					return StreamSupport.stream(positions.spliterator(), false)
						.map(this::getDocument)
						.filter(Objects::nonNull);
				}
				log.debug("No index for an aggregation's $match on {} in {}", match.keySet(), getCollectionName());
			}
			return super.queryAllAsStream();
		}

		/**
		 * The size is kept for {@code collStats} only, which nothing here reads, and
		 * costs a BSON encoding of the old and the new document on every write.
		 */
		@Override
		protected boolean tracksDataSize() {
			return false;
		}

		private QueryResult find(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
				Document fieldSelector) {
			Iterable<Object> candidates = CandidatePositions.of(query, getIndexes());
			if (candidates != null) {
				return matchDocuments(query, candidates, orderBy, numberToSkip, limit, batchSize, fieldSelector);
			}
			return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}

		/**
		 * Copies of the stored documents, for updates only. An update in
		 * mongo-java-server rewrites the document it found in place, and here that
		 * instance is still the map's value, which MVStore's background writer may be
		 * serializing at that moment (a ConcurrentModificationException that closed the
		 * store under load); a copy leaves the stored value untouched until the new one
		 * replaces it. Reads change nothing they find, so they are not copied (an
		 * aggregation reads every document).
		 */
		private static QueryResult copies(QueryResult result) {
			Iterable<Document> copies = () -> {
				Iterator<Document> found = result.iterator();
				return new Iterator<>() {

					@Override
					public boolean hasNext() {
						return found.hasNext();
					}

					@Override
					public Document next() {
						// the update rewrites only the top level of what it found (nested
						// values
						// are replaced, never changed), so a shallow copy is enough
						return new Document(found.next());
					}

				};
			};
			return new QueryResult(copies, result.getCursorId());
		}

	}

}
