package org.iblagh.bench;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MongoWriteLinesTest {

	private static final String SCRAPE = """
			# HELP iblagh_mongo_writes_total Write commands (insert, update, delete, findAndModify) sent to MongoDB
			# TYPE iblagh_mongo_writes_total counter
			iblagh_mongo_writes_total{application="triage-service",collection="reports",command="update",service="triage-service"} 1200.0
			iblagh_mongo_writes_total{application="triage-service",collection="audit",command="insert",service="triage-service"} 300.0
			iblagh_outbox_pending{service="triage-service"} 0.0
			""";

	@Test
	void readsOneCountPerCommandAndCollection() {
		assertThat(MongoWriteLines.parse(SCRAPE)).containsOnly(Map.entry("update:reports", 1200L),
				Map.entry("insert:audit", 300L));
	}

	@Test
	void writesPerReportAreSplitPerServiceAndCollectionTheBiggerFirst() {
		Map<String, Object> perReport = LoadGenerator.writesPerReport(
				Map.of("triage-service", Map.of("update:reports", 200L)),
				Map.of("triage-service", MongoWriteLines.parse(SCRAPE)), 100);
		assertThat(perReport).containsEntry("triage-service", 13.0).containsEntry("total", 13.0);
		@SuppressWarnings("unchecked")
		Map<String, Map<String, Double>> byCollection = (Map<String, Map<String, Double>>) perReport
			.get("byCollection");
		assertThat(byCollection.get("triage-service")).containsExactly(Map.entry("update:reports", 10.0),
				Map.entry("insert:audit", 3.0));
	}

}
