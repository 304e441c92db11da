package org.iblagh.triage.statistics;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.iblagh.triage.TriageFixture;
import org.iblagh.triage.statistics.domain.CellKey;
import org.iblagh.triage.statistics.domain.RegionTable;
import org.iblagh.triage.statistics.domain.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The statistics over real events on the embedded stack: the public JSON and the CSV
 * export never show a count from 1 to 9, totals hold only published counts, the CSV needs
 * an analyst and is audited, and only a supervisor gets exact counts.
 */
class StatisticsIT {

	static TriageFixture fx;

	@BeforeAll
	static void seed() throws Exception {
		fx = TriageFixture.shared();
		StatisticsSeed.seedOnce(fx);
	}

	@Test
	void thePublicJsonWithholdsSmallCountsAndTotalsOnlyWhatItShows() throws Exception {
		HttpResponse<String> response = fx.get("/api/v1/statistics", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		JsonNode json = fx.json(response);
		assertThat(json.get("threshold").asInt()).isEqualTo(10);
		assertThat(json.get("stages").toString()).isEqualTo("[\"received\",\"triaged\",\"referred\",\"acknowledged\"]");

		JsonNode tanger = cell(json, StatisticsSeed.TANGER);
		assertThat(counts(tanger)).containsExactly("12", "12", "10", "null");
		assertThat(tanger.get("suppressed").toString()).isEqualTo("[\"acknowledged\"]");
		JsonNode fes = cell(json, StatisticsSeed.FES);
		assertThat(counts(fes)).containsExactly("null", "null", "0", "0");
		assertThat(fes.get("suppressed").toString()).isEqualTo("[\"received\",\"triaged\"]");
		assertThat(counts(cell(json, StatisticsSeed.NOWHERE))).containsExactly("null", "null", "0", "0");

		JsonNode week = find(json.get("byWeek"), "week", StatisticsSeed.WEEK);
		assertThat(counts(week)).as("3 + 1 withheld reports are in no total").containsExactly("12", "12", "10", "0");

		List<Long> published = new ArrayList<>();
		for (String part : List.of("total", "byWeek", "byCategory", "byRegion", "cells")) {
			collectNumbers(json.get(part), published);
		}
		assertThat(published).isNotEmpty().allSatisfy((n) -> assertThat(n == 0 || n >= 10).as("%d", n).isTrue());
		assertNothingPersonal(response.body());
	}

	@Test
	void theCsvNeedsAnAnalystKeepsTheSuppressionAndIsAudited() throws Exception {
		assertThat(fx.get("/api/v1/statistics.csv", null).statusCode()).isEqualTo(401);

		HttpResponse<String> csv = fx.get("/api/v1/statistics.csv?lang=en", TriageFixture.ANALYST);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
		List<String> lines = Arrays.asList(csv.body().split("\r\n"));
		assertThat(lines.get(0))
			.isEqualTo("week,category,category_label,region,region_label,received,triaged,referred,acknowledged,"
					+ "suppressed");
		assertThat(lines).contains(
				StatisticsSeed.WEEK + ",DRUGS,Drugs,01,Tanger-Tetouan-Al Hoceima,12,12,10,,acknowledged",
				StatisticsSeed.WEEK + ",DRUGS,Drugs,03,Fez-Meknes,,,0,0,received;triaged");
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",", -1);
			assertThat(fields).hasSize(10);
			for (int i = 5; i <= 8; i++) {
				assertThat(fields[i].isEmpty() || Long.parseLong(fields[i]) == 0 || Long.parseLong(fields[i]) >= 10)
					.as(line)
					.isTrue();
			}
		}
		assertNothingPersonal(csv.body());

		assertThat(fx.get("/api/v1/statistics.csv?suppress=false", TriageFixture.ANALYST).statusCode()).isEqualTo(403);
		assertThat(fx.get("/api/v1/statistics.csv?suppress=maybe", TriageFixture.SUPERVISOR).statusCode())
			.isEqualTo(400);
		HttpResponse<String> exact = fx.get("/api/v1/statistics.csv?suppress=false&lang=fr", TriageFixture.SUPERVISOR);
		assertThat(exact.statusCode()).isEqualTo(200);
		assertThat(exact.body()).contains(
				StatisticsSeed.WEEK + ",DRUGS,Drogues,01,Tanger-Tétouan-Al Hoceïma,12,12,10,3,\r\n",
				StatisticsSeed.WEEK + ",DRUGS,Drogues,03,Fès-Meknès,3,3,0,0,\r\n");

		JsonNode entries = fx.json(fx.get("/api/v1/audit?size=500", TriageFixture.SUPERVISOR)).get("content");
		assertThat(entries.values().stream().map(this::auditLine).toList()).contains("analyst EXPORT_STATISTICS OK",
				"analyst EXPORT_STATISTICS_EXACT FORBIDDEN", "supervisor EXPORT_STATISTICS_EXACT OK");
	}

	@Test
	void thePageIsPublicArabicByDefaultAndOpensNoSession() throws Exception {
		HttpResponse<String> page = fx.get("/statistics", null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(page.body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("&lt;10");
		assertNothingPersonal(page.body());
		assertThat(fx.get("/statistics/assets/statistics.css", null).statusCode()).isEqualTo(200);
	}

	@Test
	void theFirstComputationRunsAtStartWithoutAnyRequest() {
		StatisticsProperties properties = fx.app.getBean(StatisticsProperties.class);
		assertThat(properties.refreshInterval().toSeconds()).isEqualTo(60);
		assertThat(properties.threshold()).isEqualTo(10);
		FunnelStatistics fresh = new FunnelStatistics(
				new FunnelSource(fx.app.getBean(MongoTemplate.class), fx.app.getBean(RegionTable.class)),
				new StatisticsProperties(10, Duration.ofHours(1), 52), Clock.systemUTC());
		try {
			assertThat(fresh.current()).isEmpty();
			fresh.start();
			FunnelStatistics.Snapshot first = await().atMost(Duration.ofSeconds(30))
				.until(() -> fresh.current().orElse(null), (s) -> s != null);
			assertThat(first.exact().count(StatisticsSeed.TANGER, Stage.RECEIVED)).isEqualTo(12);
		}
		finally {
			fresh.destroy();
		}
	}

	private String auditLine(JsonNode entry) {
		return entry.get("actor").asString() + " " + entry.get("action").asString() + " "
				+ entry.get("outcome").asString();
	}

	private static void assertNothingPersonal(String body) {
		for (String id : StatisticsSeed.REPORT_IDS) {
			assertThat(body).doesNotContain(id);
		}
		assertThat(body).doesNotContain("Tanger,").doesNotContain("Fès,").doesNotContain("cannabis");
		assertThat(body).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
	}

	private static JsonNode cell(JsonNode json, CellKey key) {
		for (JsonNode cell : json.get("cells").values()) {
			if (cell.get("week").asString().equals(key.week()) && cell.get("category").asString().equals(key.category())
					&& cell.get("region").asString().equals(key.region())) {
				return cell;
			}
		}
		throw new AssertionError("No cell " + key + " in " + json);
	}

	private static JsonNode find(JsonNode rows, String field, String value) {
		return rows.values()
			.stream()
			.filter((r) -> r.get(field).asString().equals(value))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + field + " " + value));
	}

	private static List<String> counts(JsonNode row) {
		return List.of("received", "triaged", "referred", "acknowledged")
			.stream()
			.map((stage) -> row.get(stage).toString())
			.toList();
	}

	private static void collectNumbers(JsonNode node, List<Long> into) {
		if (node.isNumber()) {
			into.add(node.longValue());
		}
		else if (node.isObject()) {
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				collectNumbers(property.getValue(), into);
			}
		}
		else if (node.isArray()) {
			node.values().forEach((child) -> collectNumbers(child, into));
		}
	}

}
