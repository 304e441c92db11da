package org.iblagh.evidence.item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import org.iblagh.evidence.pdq.PdqBands;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Secured evidence items, one document each ({@code _id} = evidenceId).
 */
public class ItemStore {

	public static final String COLLECTION = "evidence_items";

	private static final String PDQ_BANDS = "pdqBands";

	/** One document per data migration done, so that a start does not look again. */
	static final String MIGRATIONS = "migrations";

	static final String PDQ_BANDS_MIGRATION = "evidence_items.pdqBands";

	private final MongoTemplate mongo;

	public ItemStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public void createIndexes() {
		collection().createIndex(Indexes.ascending("reportId"));
		collection().createIndex(Indexes.ascending("sha256"));
		collection().createIndex(Indexes.ascending(PDQ_BANDS));
		addMissingPdqBands();
	}

	/**
	 * Items stored before their PDQ band keys were: given them once. Looking for them is
	 * a whole-collection read (nothing indexes a missing field), so it is done until it
	 * has completed once, not at every start.
	 */
	private void addMissingPdqBands() {
		MongoCollection<Document> migrations = this.mongo.getCollection(MIGRATIONS);
		if (migrations.find(Filters.eq("_id", PDQ_BANDS_MIGRATION)).first() != null) {
			return;
		}
		for (Document d : collection().find(Filters.and(Filters.ne("pdq", null), Filters.exists(PDQ_BANDS, false)))
			.projection(Projections.include("pdq"))) {
			collection().updateOne(Filters.eq("_id", d.get("_id")),
					Updates.set(PDQ_BANDS, PdqBands.of(d.getString("pdq"))));
		}
		// an instance that stopped half-way leaves no mark, and the next start finishes
		migrations.updateOne(Filters.eq("_id", PDQ_BANDS_MIGRATION), Updates.set("doneAt", new Date()),
				new com.mongodb.client.model.UpdateOptions().upsert(true));
	}

	/** Inserts the item; a replay that secured it already keeps the first one. */
	public EvidenceItem insertOrGet(EvidenceItem item) {
		try {
			collection().insertOne(toDocument(item));
			return item;
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				return find(item.evidenceId()).orElseThrow();
			}
			throw ex;
		}
	}

	public Optional<EvidenceItem> find(String evidenceId) {
		return Optional.ofNullable(collection().find(Filters.eq("_id", evidenceId)).first()).map(ItemStore::toItem);
	}

	public List<EvidenceItem> findByReport(String reportId) {
		List<EvidenceItem> items = new ArrayList<>();
		collection().find(Filters.eq("reportId", reportId)).forEach((d) -> items.add(toItem(d)));
		items.sort(java.util.Comparator.comparing(EvidenceItem::securedAt,
				java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
		return items;
	}

	/** Other reports holding a file with this SHA-256. */
	public List<String> reportsWithSha256(String sha256, String exceptReportId) {
		List<String> reports = new ArrayList<>();
		collection().find(Filters.and(Filters.eq("sha256", sha256), Filters.ne("reportId", exceptReportId)))
			.projection(Projections.include("reportId"))
			.forEach((d) -> reports.add(d.getString("reportId")));
		return reports;
	}

	/**
	 * The perceptual hashes, with their reports, that share a band key with this one (see
	 * {@link PdqBands}): every hash within 31 bits is among them, found through an index.
	 */
	public Map<String, List<String>> pdqSharingABandByReport(String pdqHex, String exceptReportId) {
		Map<String, List<String>> byReport = new LinkedHashMap<>();
		collection()
			.find(Filters.and(Filters.in(PDQ_BANDS, PdqBands.of(pdqHex)), Filters.ne("reportId", exceptReportId)))
			.projection(Projections.include("reportId", "pdq"))
			.forEach((d) -> byReport.computeIfAbsent(d.getString("reportId"), (k) -> new ArrayList<>())
				.add(d.getString("pdq")));
		return byReport;
	}

	/**
	 * Every perceptual hash with its report: a linear scan, for a match threshold the
	 * band keys cannot serve (32 bits or more).
	 */
	public Map<String, List<String>> pdqByReport(String exceptReportId) {
		Map<String, List<String>> byReport = new LinkedHashMap<>();
		collection().find(Filters.and(Filters.ne("pdq", null), Filters.ne("reportId", exceptReportId)))
			.projection(Projections.include("reportId", "pdq"))
			.forEach((d) -> byReport.computeIfAbsent(d.getString("reportId"), (k) -> new ArrayList<>())
				.add(d.getString("pdq")));
		return byReport;
	}

	public void markDeleted(String evidenceId, Instant at) {
		collection().updateOne(Filters.eq("_id", evidenceId), Updates.combine(Updates.set("deletedAt", Date.from(at)),
				Updates.unset("previewKey"), Updates.unset("thumbnailKey")));
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(COLLECTION);
	}

	static Document toDocument(EvidenceItem item) {
		Document d = new Document("_id", item.evidenceId());
		d.put("reportId", item.reportId());
		d.put("fileName", item.fileName());
		d.put("mediaType", item.mediaType());
		d.put("declaredMediaType", item.declaredMediaType());
		d.put("size", item.size());
		d.put("sha256", item.sha256());
		d.put("md5", item.md5());
		d.put("pdq", item.pdq());
		d.put(PDQ_BANDS, (item.pdq() != null) ? PdqBands.of(item.pdq()) : null);
		d.put("pdqQuality", item.pdqQuality());
		d.put("flags", item.flags());
		d.put("hashListMatch", item.hashListMatch());
		d.put("duplicateOfReportIds", item.duplicateOfReportIds());
		d.put("bucket", item.bucket());
		d.put("objectKey", item.objectKey());
		d.put("metadata", new Document(item.metadata()));
		d.put("securedAt", date(item.securedAt()));
		d.put("deletedAt", date(item.deletedAt()));
		d.put("previewKey", item.previewKey());
		d.put("thumbnailKey", item.thumbnailKey());
		return d;
	}

	static EvidenceItem toItem(Document d) {
		Document metadata = d.get("metadata", Document.class);
		Number size = d.get("size", Number.class);
		Number quality = d.get("pdqQuality", Number.class);
		return new EvidenceItem(d.getString("_id"), d.getString("reportId"), d.getString("fileName"),
				d.getString("mediaType"), d.getString("declaredMediaType"), (size != null) ? size.longValue() : 0,
				d.getString("sha256"), d.getString("md5"), d.getString("pdq"),
				(quality != null) ? quality.intValue() : null, d.getList("flags", String.class),
				Boolean.TRUE.equals(d.getBoolean("hashListMatch")), d.getList("duplicateOfReportIds", String.class),
				d.getString("bucket"), d.getString("objectKey"),
				(metadata != null) ? new LinkedHashMap<>(metadata) : null, instant(d.getDate("securedAt")),
				instant(d.getDate("deletedAt")), d.getString("previewKey"), d.getString("thumbnailKey"));
	}

	private static Date date(Instant instant) {
		return (instant != null) ? Date.from(instant) : null;
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
