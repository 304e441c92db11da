package org.iblagh.intake;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.mongodb.client.model.Filters;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.iblagh.contracts.Topics;
import org.iblagh.intake.report.ReportStore;
import org.iblagh.intake.retention.DismissedReportEraser;
import org.iblagh.intake.reveal.RevealAudit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Privacy, abuse limits, the conversation, uploads, erasure and e-mails, on the real
 * embedded stack.
 */
class IntakeFeaturesIT {

	static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAcCBlCwAAAABJRU5ErkJggg==");

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] EXE = "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000PE\u0000\u0000 this program cannot be run in DOS mode"
		.getBytes(StandardCharsets.ISO_8859_1);

	static IntakeFixture fx;

	@BeforeAll
	static void start() throws Exception {
		fx = IntakeFixture.shared();
	}

	static String identified(String description, boolean statusEmails) {
		return """
				{"category":"SEXTORTION_BLACKMAIL","description":"%s","language":"fr","anonymous":false,
				 "reporter":{"fullName":"Zineb Testname Alaoui","phone":"0612345678","email":"zineb.private@example.ma",
				 "nationalId":"AB123456","statusEmails":%s},"consent":true}
				""".formatted(description, statusEmails);
	}

	JsonNode created(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return fx.json.readTree(response.body());
	}

	Document stored(String reportId) {
		return fx.bean(MongoTemplate.class).getCollection("reports").find(Filters.eq("_id", reportId)).first();
	}

	@Test
	void identityDescriptionAndMessagesAreSealedAtRestAndRevealedOnlyWithAnAuditedReason() throws Exception {
		String description = "Un inconnu menace de publier mes photos privées";
		JsonNode body = created(fx.submit(identified(description, false), Map.of("X-Proof-Of-Work", fx.proof())));
		String reportId = body.get("reportId").asString();
		String receipt = body.get("receipt").asString();
		String message = "Il m'a recontacté hier soir. Rappelez-moi : Zineb Testname Alaoui, 06 12 34 56 78";
		created(fx.post("/api/v1/follow-up/messages", "{\"text\":\"" + message + "\"}", Map.of("X-Receipt", receipt)));

		await().atMost(Duration.ofSeconds(20)).until(() -> stored(reportId).getList("outbox", Object.class).isEmpty());
		String document = stored(reportId).toJson();
		assertThat(document).doesNotContain("Zineb", "zineb.private", "0612345678", "AB123456", "menace de publier",
				"recontacté");
		String reporterRef = stored(reportId).get("identity", Document.class).getString("reporterRef");

		List<ConsumerRecord<String, byte[]>> submitted = fx.readTopic(Topics.REPORT_SUBMITTED, Duration.ofSeconds(20),
				(seen) -> seen.stream().anyMatch((r) -> reportId.equals(r.key())));
		String event = submitted.stream()
			.filter((r) -> reportId.equals(r.key()))
			.map((r) -> new String(r.value(), StandardCharsets.UTF_8))
			.findFirst()
			.orElseThrow();
		assertThat(event).contains("menace de publier", reporterRef).doesNotContain("Zineb", "zineb.private");
		// the reporter's own name and number leave intake neither in the description nor
		// in a
		// follow-up message
		String sent = fx
			.readTopic(Topics.REPORTER_MESSAGE, Duration.ofSeconds(20),
					(seen) -> seen.stream().anyMatch((r) -> reportId.equals(r.key())))
			.stream()
			.filter((r) -> reportId.equals(r.key()))
			.map((r) -> new String(r.value(), StandardCharsets.UTF_8))
			.findFirst()
			.orElseThrow();
		assertThat(sent).contains("recontacté hier soir", "[reporter's name]", "[reporter's phone]")
			.doesNotContain("Zineb", "Alaoui", "12 34 56 78");

		assertThat(
				fx.get("/internal/reporters/" + reporterRef + "?reason=Need+to+call+the+victim", Map.of()).statusCode())
			.isEqualTo(401);
		String analyst = "Basic " + Base64.getEncoder().encodeToString("analyst:analyst".getBytes());
		HttpResponse<String> noReason = fx.get("/internal/reporters/" + reporterRef, Map.of("Authorization", analyst));
		assertThat(noReason.statusCode()).isEqualTo(400);
		long auditsBefore = fx.bean(MongoTemplate.class)
			.count(new org.springframework.data.mongodb.core.query.Query(), RevealAudit.class);
		HttpResponse<String> revealed = fx.get(
				"/internal/reporters/" + reporterRef + "?reason=Victim+must+be+called+before+the+hearing",
				Map.of("Authorization", analyst));
		assertThat(revealed.statusCode()).as(revealed.body()).isEqualTo(200);
		JsonNode contact = fx.json.readTree(revealed.body());
		assertThat(contact.get("email").asString()).isEqualTo("zineb.private@example.ma");
		assertThat(contact.get("fullName").asString()).isEqualTo("Zineb Testname Alaoui");
		List<RevealAudit> audits = fx.bean(MongoTemplate.class).findAll(RevealAudit.class);
		assertThat(audits).hasSize((int) auditsBefore + 1).anySatisfy((a) -> {
			assertThat(a.investigator()).isEqualTo("analyst");
			assertThat(a.reason()).isEqualTo("Victim must be called before the hearing");
			assertThat(a.reporterRef()).isEqualTo(reporterRef);
		});

		JsonNode view = fx.json.readTree(fx.get("/api/v1/follow-up", Map.of("X-Receipt", receipt)).body());
		assertThat(view.get("messages").get(0).get("text").asString()).isEqualTo(message);
	}

	@Test
	void theConversationGoesBothWaysWithLateEvidence() throws Exception {
		JsonNode body = created(fx.submit(IntakeFixture.report("Une page vend de l'alcool livré aux mineurs"),
				Map.of("X-Proof-Of-Work", fx.proof())));
		String reportId = body.get("reportId").asString();
		String receipt = body.get("receipt").asString();
		String question = """
				{"eventId":"q-%s","occurredAt":"2020-01-02T00:00:00Z","reportId":"%s","schemaVersion":1,
				 "messageId":"IM-%s","text":"Avez-vous une capture de la page ?"}""".formatted(reportId, reportId,
				reportId);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of("bootstrap.servers", IntakeFixture.PORTS.kafkaBootstrap()), new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(new ProducerRecord<>(Topics.INVESTIGATOR_MESSAGE, reportId,
					question.getBytes(StandardCharsets.UTF_8)));
		}
		await().atMost(Duration.ofSeconds(20))
			.until(() -> fx.json.readTree(fx.get("/api/v1/follow-up", Map.of("X-Receipt", receipt)).body())
				.get("messages")
				.size() == 1);
		assertThat(stored(reportId).toJson()).doesNotContain("Avez-vous une capture");

		byte[] multipart = IntakeFixture.multipartBody(null, Map.of("text", "Oui, la voici"),
				List.of(new IntakeFixture.FilePart("evidence", "page.png", "image/png", PNG)));
		HttpResponse<String> reply = fx.postMultipart("/api/v1/follow-up/messages", multipart,
				Map.of("X-Receipt", receipt));
		JsonNode answer = created(reply);
		String sha = answer.get("evidence").get(0).get("sha256").asString();
		assertThat(sha).isEqualTo(sha256(PNG));

		List<ConsumerRecord<String, byte[]>> messages = fx.readTopic(Topics.REPORTER_MESSAGE, Duration.ofSeconds(20),
				(seen) -> seen.stream().anyMatch((r) -> reportId.equals(r.key())));
		JsonNode event = fx.json
			.readTree(messages.stream().filter((r) -> reportId.equals(r.key())).findFirst().orElseThrow().value());
		assertThat(event.get("text").asString()).isEqualTo("Oui, la voici");
		assertThat(event.get("evidence").get(0).get("sha256").asString()).isEqualTo(sha);
		assertThat(objectKeys()).contains(event.get("evidence").get(0).get("objectKey").asString());

		JsonNode view = fx.json.readTree(fx.get("/api/v1/follow-up", Map.of("X-Receipt", receipt)).body());
		assertThat(view.get("messages").findValuesAsString("from")).containsExactly("INVESTIGATOR", "REPORTER");
		assertThat(
				fx.post("/api/v1/follow-up/messages", "{\"text\":\"  \"}", Map.of("X-Receipt", receipt)).statusCode())
			.isEqualTo(400);
	}

	@Test
	void uploadsAreCheckedByTheirContentAndARefusedOrAbortedUploadLeavesNothing() throws Exception {
		String report = IntakeFixture.report("Une vidéo violente circule sur TikTok depuis hier");
		JsonNode ok = created(fx.postMultipart("/api/v1/reports",
				IntakeFixture.multipartBody(report, Map.of(),
						List.of(new IntakeFixture.FilePart("evidence", "capture.png", "image/png", PNG),
								new IntakeFixture.FilePart("evidence", "notes.txt", "text/plain",
										"Notes sur la vidéo, prises hier soir.".getBytes(StandardCharsets.UTF_8)))),
				Map.of("X-Proof-Of-Work", fx.proof())));
		assertThat(ok.get("evidence").findValuesAsString("sha256")).containsExactly(sha256(PNG),
				sha256("Notes sur la vidéo, prises hier soir.".getBytes(StandardCharsets.UTF_8)));

		long reports = fx.bean(ReportStore.class).count();
		List<String> objects = objectKeys();
		HttpResponse<String> exe = fx.postMultipart("/api/v1/reports",
				IntakeFixture.multipartBody(report, Map.of(),
						List.of(new IntakeFixture.FilePart("evidence", "a.png", "image/png", PNG),
								new IntakeFixture.FilePart("evidence", "photo.jpg", "image/jpeg", EXE))),
				Map.of("X-Proof-Of-Work", fx.proof()));
		assertThat(exe.statusCode()).as(exe.body()).isEqualTo(415);
		assertThat(fx.json.readTree(exe.body()).get("errors").get(0).get("field").asString()).isEqualTo("evidence[1]");
		HttpResponse<String> mismatch = fx.postMultipart("/api/v1/reports",
				IntakeFixture.multipartBody(report, Map.of(),
						List.of(new IntakeFixture.FilePart("evidence", "photo.png", "image/png", PDF))),
				Map.of("X-Proof-Of-Work", fx.proof()));
		assertThat(mismatch.statusCode()).as(mismatch.body()).isEqualTo(400);
		assertThat(fx.json.readTree(mismatch.body()).get("code").asString()).isEqualTo("EVIDENCE_TYPE_MISMATCH");
		HttpResponse<String> empty = fx.postMultipart("/api/v1/reports",
				IntakeFixture.multipartBody(report, Map.of(),
						List.of(new IntakeFixture.FilePart("evidence", "empty.png", "image/png", new byte[0]))),
				Map.of("X-Proof-Of-Work", fx.proof()));
		assertThat(empty.statusCode()).isEqualTo(400);

		// the client goes away in the middle of its upload
		byte[] whole = IntakeFixture.multipartBody(report, Map.of(),
				List.of(new IntakeFixture.FilePart("evidence", "big.png", "image/png", bigPng(300_000))));
		byte[] request = IntakeFixture.rawRequest(
				"POST", "/api/v1/reports", Map.of("Content-Type",
						"multipart/form-data; boundary=" + IntakeFixture.BOUNDARY, "X-Proof-Of-Work", fx.proof()),
				whole);
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", IntakeFixture.PORTS.intake())) {
			socket.getOutputStream().write(request, 0, request.length / 2);
			socket.getOutputStream().flush();
		}
		await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(fx.bean(ReportStore.class).count()).isEqualTo(reports);
			assertThat(objectKeys()).containsExactlyInAnyOrderElementsOf(objects);
		});
	}

	@Test
	void wrongReceiptsFromOneClientAreThrottledWithRetryAfter() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			statuses.add(
					IntakeFixture
						.raw("127.0.0.2",
								IntakeFixture.rawRequest("GET", "/api/v1/follow-up",
										Map.of("X-Receipt", String.format("%016d", i)), new byte[0]))
						.status());
		}
		assertThat(statuses.subList(0, 10)).containsOnly(404);
		IntakeFixture.RawResponse throttled = IntakeFixture.raw("127.0.0.2",
				IntakeFixture.rawRequest("GET", "/api/v1/follow-up", Map.of("X-Receipt", "1234"), new byte[0]));
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.header("Retry-After")).matches("\\d+");
		assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
		// another client is not affected
		assertThat(fx.get("/api/v1/follow-up", Map.of("X-Receipt", "0000000000000001")).statusCode()).isEqualTo(404);
	}

	@Test
	void theReportOfADistinctiveClientAddressLeavesNoTraceOfIt() throws Exception {
		String address = "127.0.0.77";
		String json = IntakeFixture.report("Escroquerie par faux investissement crypto sur Telegram");
		IntakeFixture.RawResponse created = IntakeFixture.raw(address,
				IntakeFixture.rawRequest(
						"POST", "/api/v1/reports", Map.of("Content-Type", "application/json", "X-Proof-Of-Work",
								fx.proof(), "User-Agent", "DistinctiveAgent/77"),
						json.getBytes(StandardCharsets.UTF_8)));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.header("Set-Cookie")).isNull();
		String reportId = fx.json.readTree(created.body()).get("reportId").asString();
		List<ConsumerRecord<String, byte[]>> records = fx.readTopic(Topics.REPORT_SUBMITTED, Duration.ofSeconds(20),
				(seen) -> seen.stream().anyMatch((r) -> reportId.equals(r.key())));
		for (ConsumerRecord<String, byte[]> r : records) {
			assertThat(new String(r.value(), StandardCharsets.ISO_8859_1)).doesNotContain(address, "DistinctiveAgent");
			r.headers()
				.forEach((h) -> assertThat(new String(h.value(), StandardCharsets.ISO_8859_1)).doesNotContain(address,
						"DistinctiveAgent"));
		}
		assertThat(stored(reportId).toJson()).doesNotContain(address, "DistinctiveAgent");
		assertThat(fx.logFile).exists();
		try (Stream<Path> files = Files.walk(fx.data)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
				assertThat(content).as(file.toString()).doesNotContain(address, "DistinctiveAgent");
			}
		}
	}

	@Test
	void personalDataOfADismissedReportIsErasedAfterTheRetentionPeriodAndOptedInReportersGetANeutralEmail()
			throws Exception {
		String description = "Chantage sur Instagram avec des photos volées";
		JsonNode body = created(fx.submit(identified(description, true), Map.of("X-Proof-Of-Work", fx.proof())));
		String reportId = body.get("reportId").asString();
		String receipt = body.get("receipt").asString();
		String reporterRef = stored(reportId).get("identity", Document.class).getString("reporterRef");
		Instant dismissedAt = Instant.parse("2030-03-01T00:00:00Z");
		String dismissed = """
				{"eventId":"d-%s","occurredAt":"%s","reportId":"%s","schemaVersion":1,
				 "status":"DISMISSED","source":"triage-service","detail":null}""".formatted(reportId, dismissedAt,
				reportId);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of("bootstrap.servers", IntakeFixture.PORTS.kafkaBootstrap()), new StringSerializer(),
				new ByteArraySerializer())) {
			producer
				.send(new ProducerRecord<>(Topics.REPORT_STATUS, reportId, dismissed.getBytes(StandardCharsets.UTF_8)));
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> stored(reportId).get("dismissedAt") != null);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> Stream.of(fx.mail.getReceivedMessages())
				.anyMatch((m) -> recipient(m).equals("zineb.private@example.ma")));
		MimeMessage mail = Stream.of(fx.mail.getReceivedMessages())
			.filter((m) -> recipient(m).equals("zineb.private@example.ma"))
			.findFirst()
			.orElseThrow();
		String text = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
		assertThat(mail.getSubject()).contains("Iblagh");
		assertThat(text).doesNotContain("Chantage", "Instagram", reportId, "Zineb");

		ReportStore store = fx.bean(ReportStore.class);
		Duration retention = Duration.ofDays(90);
		new DismissedReportEraser(store, retention,
				Clock.fixed(dismissedAt.plus(retention).minusSeconds(60), ZoneOffset.UTC))
			.eraseDue();
		assertThat(stored(reportId).get("identity")).isNotNull();
		int erased = new DismissedReportEraser(store, retention,
				Clock.fixed(dismissedAt.plus(retention).plusSeconds(60), ZoneOffset.UTC))
			.eraseDue();
		assertThat(erased).isGreaterThanOrEqualTo(1);
		Document after = stored(reportId);
		assertThat(after.get("identity")).isNull();
		assertThat(after.get("sealedDescription")).isNull();
		assertThat(after.get("erasedAt")).isNotNull();
		String analyst = "Basic " + Base64.getEncoder().encodeToString("analyst:analyst".getBytes());
		assertThat(fx
			.get("/internal/reporters/" + reporterRef + "?reason=Checking+after+erasure",
					Map.of("Authorization", analyst))
			.statusCode()).isEqualTo(404);
		JsonNode view = fx.json.readTree(fx.get("/api/v1/follow-up", Map.of("X-Receipt", receipt)).body());
		assertThat(view.get("status").asString()).isEqualTo("DISMISSED");
	}

	@Test
	void categoriesOpenApiAndThePortalAnswerInTheirLanguages() throws Exception {
		JsonNode categories = fx.json.readTree(fx.get("/api/v1/categories?lang=es", Map.of()).body());
		assertThat(categories).hasSize(13);
		assertThat(categories.findValuesAsString("code")).contains("DRUGS", "ALCOHOL");
		assertThat(categories.findValuesAsString("label")).contains("Drogas y alucinógenos", "Venta de alcohol");
		assertThat(fx.json.readTree(fx.get("/api/v1/categories?lang=ar", Map.of()).body()).findValuesAsString("label"))
			.contains("بيع الخمور");

		HttpResponse<String> docs = fx.get("/v3/api-docs", Map.of());
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/reports", "/api/v1/follow-up/messages");

		HttpResponse<String> home = fx.get("/", Map.of());
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "19", "177", "طنجة-أصيلة");
		assertThat(home.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(fx.get("/?lang=fr", Map.of()).body()).contains("<html lang=\"fr\" dir=\"ltr\">",
				"Drogues et hallucinogènes");
		assertThat(fx.get("/follow-up?lang=es", Map.of()).body()).contains("<html lang=\"es\" dir=\"ltr\">");
	}

	private static String recipient(MimeMessage message) {
		try {
			return String.valueOf(message.getAllRecipients()[0]);
		}
		catch (jakarta.mail.MessagingException ex) {
			return "";
		}
	}

	private static byte[] bigPng(int size) {
		byte[] big = new byte[size];
		System.arraycopy(PNG, 0, big, 0, PNG.length);
		return big;
	}

	private List<String> objectKeys() throws Exception {
		MinioClient minio = fx.bean(MinioClient.class);
		List<String> keys = new ArrayList<>();
		for (var item : minio
			.listObjects(ListObjectsArgs.builder().bucket("evidence-incoming").recursive(true).build())) {
			keys.add(item.get().objectName());
		}
		return keys;
	}

	static String sha256(byte[] content) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
	}

}
