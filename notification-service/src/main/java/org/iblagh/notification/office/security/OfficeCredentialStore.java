package org.iblagh.notification.office.security;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.iblagh.notification.office.KeyHashes;
import org.iblagh.notification.office.KnownOffice;
import org.iblagh.notification.office.OfficeDirectory;
import org.iblagh.support.office.OfficeKeys;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Office key hashes: written to MongoDB at start-up (never the keys themselves) and held
 * in memory, so checking a key costs one SHA-256 and no database call.
 */
public class OfficeCredentialStore {

	static final String COLLECTION = "office_credentials";

	private final MongoTemplate mongo;

	private final Map<String, String> hashByOffice = new ConcurrentHashMap<>();

	private final Map<String, String> officeByHash = new ConcurrentHashMap<>();

	public OfficeCredentialStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores the hash of every office's current key (a rotated secret rotates them all).
	 */
	public void sync(OfficeDirectory offices, OfficeKeys keys) {
		List<WriteModel<Document>> writes = new ArrayList<>();
		for (KnownOffice office : offices.all()) {
			String hash = KeyHashes.hash(keys.keyFor(office.id()));
			writes.add(new ReplaceOneModel<>(Filters.eq("_id", office.id()),
					new Document("_id", office.id()).append("keyHash", hash), new ReplaceOptions().upsert(true)));
		}
		if (!writes.isEmpty()) {
			this.mongo.getCollection(COLLECTION).bulkWrite(writes);
		}
		reload();
	}

	public void reload() {
		for (Document doc : this.mongo.getCollection(COLLECTION).find()) {
			String officeId = doc.getString("_id");
			String hash = doc.getString("keyHash");
			String previous = this.hashByOffice.put(officeId, hash);
			if (previous != null && !previous.equals(hash)) {
				this.officeByHash.remove(previous);
			}
			this.officeByHash.put(hash, officeId);
		}
	}

	/** The office whose key this is, for {@code X-Api-Key}. */
	public Optional<String> officeForKey(String key) {
		return Optional.ofNullable(this.officeByHash.get(KeyHashes.hash(key)));
	}

	/** Constant-time check of an office id and key, for HTTP Basic. */
	public boolean matches(String officeId, String key) {
		String stored = this.hashByOffice.get(officeId);
		return stored != null && MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
				KeyHashes.hash(key).getBytes(StandardCharsets.US_ASCII));
	}

	public boolean isOffice(String name) {
		return this.hashByOffice.containsKey(name);
	}

}
