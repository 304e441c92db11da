package org.iblagh.triage.cluster;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.iblagh.triage.cluster.domain.CampaignRule;
import org.iblagh.triage.cluster.domain.ClusterKeys;
import org.iblagh.triage.cluster.domain.Pdq;
import org.iblagh.triage.config.TriageProperties;
import org.iblagh.triage.report.TriageReport;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Links reports that share an indicator or a picture. Two collections: an index from each
 * key to the reports and cluster holding it (upserted in one bulk write per report), and
 * one document per cluster with its members and arrival times (one upsert per report). A
 * report that bridges two clusters joins the older-named one; existing clusters are not
 * merged.
 */
@Component
public class ClusterIndex {

	static final String INDEX = "cluster_index";

	static final String CLUSTERS = "clusters";

	private final MongoTemplate mongo;

	private final CampaignRule campaignRule;

	private final int pdqMaxDistance;

	private final Clock clock;

	ClusterIndex(MongoTemplate mongo, TriageProperties properties, Clock clock) {
		this.mongo = mongo;
		this.campaignRule = new CampaignRule(properties.campaignThreshold(), properties.campaignWindow());
		this.pdqMaxDistance = properties.pdqMaxDistance();
		this.clock = clock;
	}

	public Membership join(String reportId, Instant receivedAt, ClusterKeys keys, Collection<String> duplicateOf) {
		if (keys.isEmpty() && duplicateOf.isEmpty()) {
			return Membership.none();
		}
		String clusterId = chooseCluster(reportId, keys, duplicateOf);
		index(reportId, clusterId, keys);
		Document cluster = this.mongo.getCollection(CLUSTERS)
			.findOneAndUpdate(Filters.eq("_id", clusterId),
					Updates.combine(
							Updates.addToSet("members",
									new Document("reportId", reportId).append("receivedAt", Date.from(receivedAt))),
							Updates.setOnInsert("createdAt", Date.from(this.clock.instant()))),
					new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
		List<Document> members = cluster.getList("members", Document.class, List.of());
		List<Instant> arrivals = members.stream().map((m) -> m.getDate("receivedAt").toInstant()).toList();
		Set<String> others = new TreeSet<>();
		members.forEach((m) -> others.add(m.getString("reportId")));
		others.remove(reportId);
		boolean campaign = Boolean.TRUE.equals(cluster.getBoolean("campaign"));
		boolean startedNow = false;
		if (!campaign && this.campaignRule.isCampaign(arrivals)) {
			// conditional, so exactly one report sees the campaign start
			startedNow = this.mongo.getCollection(CLUSTERS)
				.updateOne(Filters.and(Filters.eq("_id", clusterId), Filters.ne("campaign", true)),
						Updates.combine(Updates.set("campaign", true),
								Updates.set("campaignSince", Date.from(this.clock.instant()))))
				.getModifiedCount() > 0;
			campaign = true;
		}
		return new Membership(clusterId, List.copyOf(others), campaign, startedNow);
	}

	/**
	 * The other reports of a cluster, for the report page.
	 */
	public List<String> members(String clusterId) {
		if (clusterId == null) {
			return List.of();
		}
		Document cluster = this.mongo.getCollection(CLUSTERS).find(Filters.eq("_id", clusterId)).first();
		if (cluster == null) {
			return List.of();
		}
		return cluster.getList("members", Document.class, List.of())
			.stream()
			.map((m) -> m.getString("reportId"))
			.distinct()
			.toList();
	}

	public boolean isCampaign(String clusterId) {
		if (clusterId == null) {
			return false;
		}
		Document cluster = this.mongo.getCollection(CLUSTERS).find(Filters.eq("_id", clusterId)).first();
		return cluster != null && Boolean.TRUE.equals(cluster.getBoolean("campaign"));
	}

	private String chooseCluster(String reportId, ClusterKeys keys, Collection<String> duplicateOf) {
		Set<String> candidates = new TreeSet<>();
		if (!keys.isEmpty()) {
			for (Document entry : this.mongo.getCollection(INDEX).find(Filters.in("_id", keys.all()))) {
				String key = entry.getString("_id");
				if (ClusterKeys.isPdqBand(key)) {
					for (Document picture : entry.getList("entries", Document.class, List.of())) {
						if (picture.getString("c") != null && (isNear(picture.getString("pdq"), keys.pdqs())
								|| reportId.equals(picture.getString("r")))) {
							candidates.add(picture.getString("c"));
						}
					}
				}
				else if (entry.getString("clusterId") != null) {
					candidates.add(entry.getString("clusterId"));
				}
			}
		}
		if (!duplicateOf.isEmpty()) {
			for (Document other : this.mongo.getCollection(TriageReport.COLLECTION)
				.find(Filters.in("_id", duplicateOf))
				.projection(Projections.include("clusterId"))) {
				if (other.getString("clusterId") != null) {
					candidates.add(other.getString("clusterId"));
				}
			}
		}
		return candidates.isEmpty() ? "C-" + reportId : candidates.iterator().next();
	}

	private boolean isNear(String pdq, Set<String> mine) {
		return Pdq.isValid(pdq) && mine.stream().anyMatch((p) -> Pdq.distance(p, pdq) <= this.pdqMaxDistance);
	}

	private void index(String reportId, String clusterId, ClusterKeys keys) {
		List<WriteModel<Document>> writes = new ArrayList<>();
		UpdateOptions upsert = new UpdateOptions().upsert(true);
		for (String key : keys.exact()) {
			writes.add(new UpdateOneModel<>(Filters.eq("_id", key), Updates.combine(
					Updates.addToSet("reportIds", reportId), Updates.setOnInsert("clusterId", clusterId)), upsert));
		}
		for (String band : keys.pdqBands()) {
			String pdq = pdqOfBand(band, keys.pdqs());
			writes.add(new UpdateOneModel<>(Filters.eq("_id", band),
					Updates.addToSet("entries", new Document("r", reportId).append("pdq", pdq).append("c", clusterId)),
					upsert));
		}
		if (!writes.isEmpty()) {
			this.mongo.getCollection(INDEX).bulkWrite(writes, new BulkWriteOptions().ordered(false));
		}
	}

	private static String pdqOfBand(String band, Set<String> pdqs) {
		String[] parts = band.split(":", 3);
		int width = 64 / 8;
		int index = Integer.parseInt(parts[1]);
		return pdqs.stream()
			.filter((p) -> p.substring(index * width, (index + 1) * width).equals(parts[2]))
			.findFirst()
			.orElse(null);
	}

}
