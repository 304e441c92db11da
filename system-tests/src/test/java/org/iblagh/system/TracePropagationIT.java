package org.iblagh.system;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.iblagh.contracts.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace follows a report through Kafka: intake's HTTP request starts it, the
 * {@code traceparent} header of its record on report.submitted carries it to evidence,
 * whose record on report.evidence-secured carries it to triage, whose record on
 * report.triaged carries it on. Each hop has its own span, all in one trace. Also checks
 * that the metrics the Grafana dashboard queries are served to an unauthenticated scrape.
 */
class TracePropagationIT {

	private static final List<String> HOPS = List.of(Topics.REPORT_SUBMITTED, Topics.REPORT_EVIDENCE_SECURED,
			Topics.REPORT_TRIAGED);

	@BeforeAll
	static void platform() throws Exception {
		SharedPlatform.get();
	}

	@Test
	void oneTraceFollowsAReportAcrossServicesThroughKafka() throws Exception {
		String reportId = submit();

		Map<String, String> traceparents = new HashMap<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedPlatform.PORTS.kafkaBootstrap(),
						ConsumerConfig.GROUP_ID_CONFIG, "trace-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(HOPS);
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
					Header traceparent = record.headers().lastHeader("traceparent");
					if (reportId.equals(record.key()) && traceparent != null) {
						traceparents.put(record.topic(), new String(traceparent.value(), StandardCharsets.UTF_8));
					}
				}
				return traceparents.keySet().containsAll(HOPS);
			});
		}

		String submitted = traceparents.get(Topics.REPORT_SUBMITTED);
		assertThat(submitted).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
		for (String hop : HOPS.subList(1, HOPS.size())) {
			assertThat(traceId(traceparents.get(hop))).as("trace id on " + hop).isEqualTo(traceId(submitted));
		}
		assertThat(HOPS.stream().map((hop) -> spanId(traceparents.get(hop))).distinct())
			.as("each service handles the report in its own span")
			.hasSize(HOPS.size());
	}

	@Test
	void theDashboardsMetricsAreScrapedWithoutCredentials() throws Exception {
		String reportId = submit();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> Client
				.send(Client.get(SharedPlatform.url("triage", "/api/v1/reports/" + reportId))
					.header("Authorization", Client.basic("analyst", "analyst")))
				.statusCode() == 200);

		String intake = scrape("intake");
		assertThat(intake).contains("iblagh_reports_received_total{category=\"ONLINE_FRAUD\"")
			.contains("iblagh_outbox_pending{service=\"intake-service\"}");
		// counted every 30 s (iblagh.observability.report-counts.refresh)
		await().atMost(Duration.ofSeconds(45))
			.pollInterval(Duration.ofSeconds(2))
			.untilAsserted(
					() -> assertThat(scrape("intake")).containsPattern("iblagh_reports\\{category=\"ONLINE_FRAUD\""));
		assertThat(scrape("evidence")).contains("iblagh_stage_duration_seconds_bucket{group=\"evidence-service\"")
			.contains("stage=\"report.submitted.v1/evidence-service\"")
			.contains("spring_cloud_stream_binder_kafka_offset{group=\"evidence-service\"")
			.contains("kafka_consumer_fetch_manager_records_lag_max{");
		assertThat(scrape("triage")).contains("http_server_requests_seconds_bucket{");
		// the load generator divides these by the reports it sent: every service writes
		// for a report
		for (String service : List.of("intake", "evidence", "triage")) {
			assertThat(scrape(service))
				.containsPattern("iblagh_mongo_writes_total\\{[^}]*service=\"" + service + "-service\"[^}]*\\} [1-9]");
		}
		for (String service : List.of("routing", "notification")) {
			assertThat(scrape(service)).contains("jvm_memory_used_bytes").contains("iblagh_outbox_pending{");
		}
	}

	private static String submit() throws Exception {
		String report = """
				{"category":"ONLINE_FRAUD","language":"fr",
				 "description":"Un faux site de la poste marocaine m'a demandé de payer 19 dirhams de frais de livraison",
				 "place":{"city":"Rabat"},"anonymous":true,"consent":true}""";
		HttpResponse<String> response = Client
			.send(Client.postJson(SharedPlatform.url("intake", "/api/v1/reports"), report)
				.header("X-Proof-Of-Work", Client.proofOfWork()));
		assertThat(response.statusCode()).isEqualTo(201);
		return Client.json(response).get("reportId").asString();
	}

	private static String scrape(String service) throws Exception {
		HttpResponse<String> response = Client.send(Client.get(SharedPlatform.url(service, "/actuator/prometheus")));
		assertThat(response.statusCode()).as(service + " /actuator/prometheus without credentials").isEqualTo(200);
		return response.body();
	}

	private static String traceId(String traceparent) {
		return traceparent.split("-")[1];
	}

	private static String spanId(String traceparent) {
		return traceparent.split("-")[2];
	}

}
