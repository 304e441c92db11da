package org.iblagh.triage.statistics;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.mongodb.client.MongoCursor;
import org.bson.Document;
import org.iblagh.triage.report.TriageReport;
import org.iblagh.triage.statistics.domain.CellKey;
import org.iblagh.triage.statistics.domain.FunnelTable;
import org.iblagh.triage.statistics.domain.IsoWeeks;
import org.iblagh.triage.statistics.domain.RegionTable;
import org.iblagh.triage.statistics.domain.Stage;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Reads the exact funnel from triage's report documents: one read-only scan that brings
 * back only the few fields the funnel needs (no content, evidence, assessment or outbox),
 * as raw BSON, so 100,000 reports cost one cursor and no object mapping.
 */
class FunnelSource {

	// the place and category an investigator corrected win over the assessed ones, as in
	// TriageReport.place()
	private static final Document PROJECTION = new Document("_id", 0).append("receivedAt", 1)
		.append("category", 1)
		.append("content.place", 1)
		.append("decision.category", 1)
		.append("decision.place", 1)
		.append("history.status", 1)
		.append("instructions.kind", 1);

	private static final int BATCH = 5_000;

	private final MongoTemplate mongo;

	private final RegionTable regions;

	FunnelSource(MongoTemplate mongo, RegionTable regions) {
		this.mongo = mongo;
		this.regions = regions;
	}

	/** The reports received since {@code since}, counted per cell and stage. */
	FunnelTable read(Instant since) {
		FunnelTable table = new FunnelTable();
		Document receivedSince = new Document("receivedAt", new Document("$gte", Date.from(since)));
		try (MongoCursor<Document> cursor = this.mongo.getCollection(TriageReport.COLLECTION)
			.find(receivedSince)
			.projection(PROJECTION)
			.batchSize(BATCH)
			.iterator()) {
			while (cursor.hasNext()) {
				count(table, cursor.next());
			}
		}
		return table;
	}

	private void count(FunnelTable table, Document report) {
		Date receivedAt = report.getDate("receivedAt");
		if (receivedAt == null) {
			return;
		}
		Document decision = report.get("decision", Document.class);
		String category = (decision != null && decision.getString("category") != null) ? decision.getString("category")
				: report.getString("category");
		Document place = place(report, decision);
		String region = (place != null) ? this.regions.regionOf(place.getString("city"), place.getString("province"))
				: RegionTable.UNKNOWN;
		List<String> statuses = report.getList("history", Document.class, List.of())
			.stream()
			.map((h) -> h.getString("status"))
			.filter((s) -> s != null)
			.toList();
		boolean officeAnswered = !report.getList("instructions", Document.class, List.of()).isEmpty();
		Set<Stage> reached = Stage.reached(statuses, officeAnswered);
		table.add(new CellKey(IsoWeeks.of(receivedAt.toInstant()), (category != null) ? category : "OTHER", region),
				reached);
	}

	private static Document place(Document report, Document decision) {
		Document corrected = (decision != null) ? decision.get("place", Document.class) : null;
		if (corrected != null && (hasText(corrected.getString("city")) || hasText(corrected.getString("province")))) {
			return corrected;
		}
		Document content = report.get("content", Document.class);
		return (content != null) ? content.get("place", Document.class) : null;
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

}
