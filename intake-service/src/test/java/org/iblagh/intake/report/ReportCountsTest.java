package org.iblagh.intake.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.iblagh.contracts.ReportStatus;
import org.iblagh.local.EmbeddedMongo;
import org.iblagh.support.observability.ReportCounts;
import org.iblagh.support.observability.ReportCountsProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gauge {@code iblagh.reports{category,status}} over intake's own documents on a real
 * MongoDB wire server: a report counts under the status its reporter sees, the latest,
 * even when the events that wrote its history arrived out of order.
 */
class ReportCountsTest {

	private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

	private static EmbeddedMongo server;

	private static MongoClient client;

	@BeforeAll
	static void start() throws Exception {
		server = EmbeddedMongo.startedOnFreePort(Path.of("target"), "report-counts");
		client = MongoClients.create(server.uri());
	}

	@AfterAll
	static void stop() {
		client.close();
		server.close();
	}

	@Test
	void eachReportCountsUnderItsLatestStatusWhateverOrderItsEventsCameIn() {
		MongoTemplate mongo = new MongoTemplate(client, "report-counts");
		ReportStore store = new ReportStore(mongo, null);
		report(mongo, "R-1", "ONLINE_FRAUD");
		report(mongo, "R-2", "ONLINE_FRAUD");
		report(mongo, "R-3", "HARASSMENT");
		// routing's event overtook triage's
		status(store, "R-1", ReportStatus.EVIDENCE_SECURED, 1);
		status(store, "R-1", ReportStatus.ROUTED, 3);
		status(store, "R-1", ReportStatus.REFERRED, 2);
		// in order
		status(store, "R-2", ReportStatus.EVIDENCE_SECURED, 1);
		status(store, "R-3", ReportStatus.EVIDENCE_SECURED, 1);
		status(store, "R-3", ReportStatus.UNDER_REVIEW, 2);

		ReportCountsProperties properties = new ReportCountsProperties();
		properties.setCollection(StoredReport.COLLECTION);
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		new ReportCounts(mongo, meters, properties).refresh();

		assertThat(count(meters, "ONLINE_FRAUD", "ROUTED")).isEqualTo(1);
		assertThat(count(meters, "ONLINE_FRAUD", "EVIDENCE_SECURED")).isEqualTo(1);
		assertThat(count(meters, "HARASSMENT", "UNDER_REVIEW")).isEqualTo(1);
		assertThat(meters.find("iblagh.reports").tag("status", "REFERRED").gauges()).isEmpty();
		assertThat(store.findById("R-1").orElseThrow().currentStatus().status()).isEqualTo(ReportStatus.ROUTED);
	}

	private static void report(MongoTemplate mongo, String id, String category) {
		// the fields the gauge reads, with the first history entry a submission writes
		mongo.getCollection(StoredReport.COLLECTION)
			.insertOne(new Document("_id", id).append("content", new Document("category", category))
				.append("history", List.of(new Document("status", "SUBMITTED").append("at", java.util.Date.from(T0))
					.append("eventId", id + "-submitted"))));
	}

	private static void status(ReportStore store, String reportId, ReportStatus status, int minutesLater) {
		ReportStatusStep step = new ReportStatusStep(reportId,
				new StatusEntry(status, T0.plusSeconds(60L * minutesLater), reportId + "-" + status));
		assertThat(store.notYetRecorded(List.of(step))).containsExactly(step);
		store.appendStatuses(List.of(step, step));
		assertThat(store.notYetRecorded(List.of(step))).isEmpty();
	}

	private static double count(SimpleMeterRegistry meters, String category, String status) {
		Gauge gauge = meters.find("iblagh.reports").tags("category", category, "status", status).gauge();
		assertThat(gauge).as(category + "/" + status).isNotNull();
		return gauge.value();
	}

}
