package org.iblagh.intake;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.iblagh.contracts.CloudEventHeaders;
import org.iblagh.contracts.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Intake against a real Kafka broker, MongoDB wire server and S3 server.
 */
class ReportSubmissionIT {

	static IntakeFixture fx;

	@BeforeAll
	static void start() throws Exception {
		fx = IntakeFixture.shared();
	}

	@Test
	void acceptedReportIsPublishedAsACloudEventAndFollowedUpWithItsReceipt() throws Exception {
		HttpResponse<String> created = fx.submit(IntakeFixture.report("Un faux recruteur Amazon me demande de payer"),
				Map.of("X-Proof-Of-Work", fx.proof()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode body = fx.json.readTree(created.body());
		String reportId = body.get("reportId").asString();
		String receipt = body.get("receipt").asString();
		assertThat(receipt).matches("\\d{16}");

		List<ConsumerRecord<String, byte[]>> records = fx.readTopic(Topics.REPORT_SUBMITTED, Duration.ofSeconds(20),
				(seen) -> seen.stream().anyMatch((r) -> reportId.equals(r.key())));
		ConsumerRecord<String, byte[]> event = records.stream()
			.filter((r) -> reportId.equals(r.key()))
			.findFirst()
			.orElseThrow();
		assertThat(header(event, CloudEventHeaders.TYPE)).isEqualTo("org.iblagh.report.submitted.v1");
		assertThat(header(event, CloudEventHeaders.SUBJECT)).isEqualTo(reportId);
		assertThat(header(event, CloudEventHeaders.SOURCE)).isEqualTo("/iblagh/intake-service");
		JsonNode payload = fx.json.readTree(event.value());
		assertThat(payload.get("content").get("reporter").get("anonymous").asBoolean()).isTrue();
		assertThat(new String(event.value(), StandardCharsets.UTF_8)).doesNotContain(receipt);

		HttpResponse<String> followUp = fx.get("/api/v1/follow-up?lang=fr", Map.of("X-Receipt", receipt));
		assertThat(followUp.statusCode()).isEqualTo(200);
		JsonNode view = fx.json.readTree(followUp.body());
		assertThat(view.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(view.get("history").get(0).get("label").asString()).isEqualTo("Reçu");
	}

	@Test
	void statusEventsFromOtherServicesReachTheHistoryOnceEvenWhenReplayed() throws Exception {
		HttpResponse<String> created = fx.submit(IntakeFixture.report("Quelqu'un usurpe mon identité sur Facebook"),
				Map.of("X-Proof-Of-Work", fx.proof()));
		JsonNode body = fx.json.readTree(created.body());
		String reportId = body.get("reportId").asString();
		String status = """
				{"eventId":"ev-%s","occurredAt":"2030-01-01T00:00:00Z","reportId":"%s","schemaVersion":1,
				 "status":"EVIDENCE_SECURED","source":"evidence-service","detail":null}""".formatted(reportId,
				reportId);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of("bootstrap.servers", IntakeFixture.PORTS.kafkaBootstrap()), new StringSerializer(),
				new ByteArraySerializer())) {
			// one poll most likely holds all three: the poison must not take the others
			// with it to the dead-letter topic, nor the copy add a second entry
			producer.send(
					new ProducerRecord<>(Topics.REPORT_STATUS, reportId, "{not json".getBytes(StandardCharsets.UTF_8)));
			producer
				.send(new ProducerRecord<>(Topics.REPORT_STATUS, reportId, status.getBytes(StandardCharsets.UTF_8)));
			producer
				.send(new ProducerRecord<>(Topics.REPORT_STATUS, reportId, status.getBytes(StandardCharsets.UTF_8)));
		}
		String receipt = body.get("receipt").asString();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode view = fx.json.readTree(fx.get("/api/v1/follow-up", Map.of("X-Receipt", receipt)).body());
			assertThat(view.get("status").asString()).isEqualTo("EVIDENCE_SECURED");
		});
		JsonNode view = fx.json.readTree(fx.get("/api/v1/follow-up", Map.of("X-Receipt", receipt)).body());
		assertThat(view.get("history")).hasSize(2);
		List<ConsumerRecord<String, byte[]>> dead = fx.readTopic(
				Topics.deadLetter(Topics.REPORT_STATUS, "intake-service"), Duration.ofSeconds(30),
				(seen) -> seen.stream().anyMatch((r) -> reportId.equals(r.key())));
		List<ConsumerRecord<String, byte[]>> ours = dead.stream().filter((r) -> reportId.equals(r.key())).toList();
		assertThat(ours).singleElement().satisfies((r) -> {
			assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
			assertThat(new String(r.headers().lastHeader("x-original-topic").value(), StandardCharsets.UTF_8))
				.isEqualTo(Topics.REPORT_STATUS);
			assertThat(new String(r.headers().lastHeader("x-exception-fqcn").value(), StandardCharsets.UTF_8))
				.endsWith("MalformedEventException");
		});
	}

	@Test
	void badInputIsAPreciseProblemAndStoresNothing() throws Exception {
		HttpResponse<String> invalid = fx.submit("""
				{"category":"NOPE","description":"short","anonymous":false,"consent":false}""",
				Map.of("X-Proof-Of-Work", fx.proof()));
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = fx.json.readTree(invalid.body());
		assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(problem.get("errors").findValuesAsString("field")).contains("category", "description", "reporter",
				"consent");

		assertThat(fx.submit("{broken", Map.of("X-Proof-Of-Work", fx.proof())).statusCode()).isEqualTo(400);
		HttpResponse<String> noProof = fx.submit(IntakeFixture.report("Un faux recruteur Amazon me demande de payer"),
				Map.of());
		assertThat(noProof.statusCode()).isEqualTo(400);
		assertThat(fx.json.readTree(noProof.body()).get("code").asString()).isEqualTo("POW_MISSING");
		assertThat(fx.get("/api/v1/follow-up", Map.of("X-Receipt", "12")).statusCode()).isEqualTo(400);
		assertThat(fx.get("/api/v1/follow-up", Map.of("X-Receipt", "0000000000000000")).statusCode()).isEqualTo(404);
	}

	@Test
	void aChallengeIsSingleUseAndAnIdempotentRetryReturnsTheFirstAnswer() throws Exception {
		String proof = fx.proof();
		String report = IntakeFixture.report("Une page vend des comprimés psychotropes en ligne");
		HttpResponse<String> first = fx.submit(report, Map.of("X-Proof-Of-Work", proof, "Idempotency-Key", "k-1"));
		HttpResponse<String> retry = fx.submit(report, Map.of("X-Proof-Of-Work", proof, "Idempotency-Key", "k-1"));
		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(retry.statusCode()).isEqualTo(201);
		assertThat(fx.json.readTree(retry.body())).isEqualTo(fx.json.readTree(first.body()));
		HttpResponse<String> replayed = fx.submit(report, Map.of("X-Proof-Of-Work", proof));
		assertThat(replayed.statusCode()).isEqualTo(409);
		assertThat(fx.json.readTree(replayed.body()).get("code").asString()).isEqualTo("POW_ALREADY_USED");
	}

	@Test
	void anIdempotencyKeyAloneNeverGivesAwayAnotherReportsReceipt() throws Exception {
		String victims = IntakeFixture.report("Quelqu'un publie mes photos privées sur un faux compte Instagram");
		HttpResponse<String> first = fx.submit(victims,
				Map.of("X-Proof-Of-Work", fx.proof(), "Idempotency-Key", "k-shared"));
		assertThat(first.statusCode()).isEqualTo(201);
		String receipt = fx.json.readTree(first.body()).get("receipt").asString();

		// the same key with another body is not a retry: no proof, no answer
		HttpResponse<String> probe = fx.submit("{}", Map.of("Idempotency-Key", "k-shared"));
		assertThat(probe.statusCode()).isEqualTo(400);
		assertThat(probe.body()).doesNotContain(receipt);
		// and with a valid proof and a real report, it is a report of its own
		HttpResponse<String> other = fx.submit(
				IntakeFixture.report("Un site vend des comprimés de Rivotril sans ordonnance"),
				Map.of("X-Proof-Of-Work", fx.proof(), "Idempotency-Key", "k-shared"));
		assertThat(other.statusCode()).isEqualTo(201);
		assertThat(fx.json.readTree(other.body()).get("receipt").asString()).isNotEqualTo(receipt);
		assertThat(fx.json.readTree(other.body()).get("reportId"))
			.isNotEqualTo(fx.json.readTree(first.body()).get("reportId"));
		// the true retry, spaced differently, still gets the first answer
		HttpResponse<String> retry = fx.submit(victims.replace(",", " ,"),
				Map.of("X-Proof-Of-Work", fx.proof(), "Idempotency-Key", "k-shared"));
		assertThat(fx.json.readTree(retry.body())).isEqualTo(fx.json.readTree(first.body()));
	}

	@Test
	void aKeyReusedAfterItsDayIsRefusedBeforeAnythingIsStored() throws Exception {
		String report = IntakeFixture.report("Un faux conseiller bancaire m'appelle tous les jours");
		HttpResponse<String> first = fx.submit(report,
				Map.of("X-Proof-Of-Work", fx.proof(), "Idempotency-Key", "k-day"));
		assertThat(first.statusCode()).isEqualTo(201);
		String reportId = fx.json.readTree(first.body()).get("reportId").asString();
		try (MongoClient mongo = MongoClients.create(fx.infrastructure.mongoUri())) {
			mongo.getDatabase("iblagh-intake")
				.getCollection("reports")
				.updateOne(Filters.eq("_id", reportId),
						Updates.set("createdAt", Date.from(Instant.now().minus(Duration.ofHours(25)))));
		}
		String proof = fx.proof();
		HttpResponse<String> late = fx.submit(report, Map.of("X-Proof-Of-Work", proof, "Idempotency-Key", "k-day"));
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(fx.json.readTree(late.body()).get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_EXPIRED");
		// the proof was not spent on the refused request
		assertThat(fx.submit(report, Map.of("X-Proof-Of-Work", proof, "Idempotency-Key", "k-next")).statusCode())
			.isEqualTo(201);
	}

	@Test
	void aReportAcceptedWhileKafkaIsDownIsPublishedWhenItReturns() throws Exception {
		String proof = fx.proof();
		fx.infrastructure.stopKafka();
		HttpResponse<String> created;
		try {
			created = fx.submit(IntakeFixture.report("Un compte Instagram menace de publier mes photos"),
					Map.of("X-Proof-Of-Work", proof));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		}
		finally {
			fx.infrastructure.startKafka();
		}
		String reportId = fx.json.readTree(created.body()).get("reportId").asString();
		List<ConsumerRecord<String, byte[]>> records = fx.readTopic(Topics.REPORT_SUBMITTED, Duration.ofSeconds(60),
				(seen) -> seen.stream().anyMatch((r) -> reportId.equals(r.key())));
		assertThat(records).anySatisfy((r) -> assertThat(r.key()).isEqualTo(reportId));
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
