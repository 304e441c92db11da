package org.iblagh.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.iblagh.contracts.EvidenceSecured;
import org.iblagh.contracts.Office;
import org.iblagh.contracts.ReportRouted;
import org.iblagh.contracts.ReportStatus;
import org.iblagh.contracts.ReportStatusChanged;
import org.iblagh.contracts.ReportSubmitted;
import org.iblagh.contracts.ReporterMessage;
import org.iblagh.contracts.SecuredEvidence;
import org.iblagh.contracts.SubmittedEvidence;
import org.iblagh.contracts.Topics;
import org.iblagh.evidence.pdq.PdqHash;
import org.iblagh.evidence.pdq.PictureFixture;
import org.iblagh.evidence.retention.RetentionService;
import org.iblagh.support.office.OfficeKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * evidence-service against a real Kafka broker, MongoDB wire server and S3 server.
 */
class EvidenceSecuringIT {

	static final byte[] KNOWN_ILLEGAL = "known illegal material (stand-in)".getBytes(StandardCharsets.UTF_8);

	static EvidenceFixture fx;

	@BeforeAll
	static void start() throws Exception {
		fx = new EvidenceFixture(EvidenceFixture.sha256(KNOWN_ILLEGAL));
	}

	@AfterAll
	static void stop() throws Exception {
		fx.close();
	}

	private static EvidenceSecured submitAndAwait(String reportId, List<SubmittedEvidence> files) throws Exception {
		fx.publish(new ReportSubmitted(UUID.randomUUID().toString(), Instant.now(), reportId, 1,
				EvidenceFixture.content("Un faux site de livraison demande mes coordonnées bancaires"), files));
		ConsumerRecord<String, byte[]> record = fx.recordsFor(Topics.REPORT_EVIDENCE_SECURED, reportId, 1).get(0);
		return fx.codec.decode(record.value(), EvidenceSecured.class);
	}

	@Test
	void submittedEvidenceIsVerifiedStoredWriteOnceAndPublished() throws Exception {
		String reportId = "r-" + UUID.randomUUID();
		byte[] photo = PictureFixture.jpeg(PictureFixture.picture(3, 640, 480), 0.85f);
		byte[] pdfClaimingToBeAPicture = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
		SubmittedEvidence first = fx.quarantine(reportId, "capture.jpg", "image/jpeg", photo);
		SubmittedEvidence second = fx.quarantine(reportId, "photo.png", "image/png", pdfClaimingToBeAPicture);

		EvidenceSecured secured = submitAndAwait(reportId, List.of(first, second));

		assertThat(secured.content().description()).startsWith("Un faux site");
		assertThat(secured.evidence()).hasSize(2);
		SecuredEvidence image = byId(secured, first.evidenceId());
		assertThat(image.sha256()).isEqualTo(EvidenceFixture.sha256(photo));
		assertThat(image.md5()).matches("[0-9a-f]{32}");
		assertThat(image.mediaType()).isEqualTo("image/jpeg");
		assertThat(image.pdq()).matches("[0-9a-f]{64}");
		assertThat(image.flags()).doesNotContain("MEDIA_TYPE_MISMATCH", "HASH_MISMATCH");
		SecuredEvidence pdf = byId(secured, second.evidenceId());
		assertThat(pdf.mediaType()).isEqualTo("application/pdf");
		assertThat(pdf.flags()).contains("MEDIA_TYPE_MISMATCH");
		assertThat(pdf.pdq()).isNull();

		String key = reportId + "/" + first.evidenceId();
		assertThat(EvidenceFixture.sha256(fx.read("evidence", key))).isEqualTo(EvidenceFixture.sha256(photo));
		assertThat(fx.exists("evidence-incoming", first.objectKey())).isFalse();
		assertThat(fx.exists("evidence-incoming", second.objectKey())).isFalse();
		assertThat(fx.exists("evidence-derived", key + "/preview.jpg")).isTrue();

		List<ConsumerRecord<String, byte[]>> statuses = fx.recordsFor(Topics.REPORT_STATUS, reportId, 1);
		ReportStatusChanged status = fx.codec.decode(statuses.get(0).value(), ReportStatusChanged.class);
		assertThat(status.status()).isEqualTo(ReportStatus.EVIDENCE_SECURED);
		assertThat(status.source()).isEqualTo("evidence-service");

		HttpResponse<byte[]> metadata = fx.analyst("/api/v1/evidence/" + first.evidenceId());
		assertThat(metadata.statusCode()).isEqualTo(200);
		JsonNode view = fx.json.readTree(metadata.body());
		assertThat(view.get("metadata").get("width").asInt()).isEqualTo(640);
		HttpResponse<byte[]> anonymous = fx.get("/api/v1/evidence/" + first.evidenceId(), null, null, Map.of());
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(fx.json.readTree(anonymous.body()).get("code").asString()).isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void aResizedCopyOfAnEarlierReportsPictureIsFoundThroughThePdqBandIndex() throws Exception {
		BufferedImage original = PictureFixture.picture(41, 800, 600);
		String firstReport = "r-" + UUID.randomUUID();
		SubmittedEvidence first = fx.quarantine(firstReport, "scam.jpg", "image/jpeg",
				PictureFixture.jpeg(original, 0.9f));
		SecuredEvidence firstImage = byId(submitAndAwait(firstReport, List.of(first)), first.evidenceId());
		String unrelatedReport = "r-" + UUID.randomUUID();
		SubmittedEvidence unrelated = fx.quarantine(unrelatedReport, "other.jpg", "image/jpeg",
				PictureFixture.jpeg(PictureFixture.picture(42, 800, 600), 0.9f));
		submitAndAwait(unrelatedReport, List.of(unrelated));

		// another citizen sends the same picture, smaller and compressed harder: other
		// bytes, a near perceptual hash
		String laterReport = "r-" + UUID.randomUUID();
		SubmittedEvidence copy = fx.quarantine(laterReport, "copy.jpg", "image/jpeg",
				PictureFixture.jpeg(PictureFixture.resized(original, 0.5), 0.6f));
		SecuredEvidence copyImage = byId(submitAndAwait(laterReport, List.of(copy)), copy.evidenceId());

		assertThat(copyImage.sha256()).isNotEqualTo(firstImage.sha256());
		assertThat(PdqHash.fromHex(copyImage.pdq()).hammingDistance(PdqHash.fromHex(firstImage.pdq())))
			.isLessThanOrEqualTo(PdqHash.MATCH_THRESHOLD);
		assertThat(copyImage.duplicateOfReportIds()).contains(firstReport).doesNotContain(unrelatedReport, laterReport);

		// the blurred preview is a look at the content too: on record with who asked
		HttpResponse<byte[]> preview = fx.analyst("/api/v1/evidence/" + copy.evidenceId() + "/preview");
		assertThat(preview.statusCode()).isEqualTo(200);
		JsonNode custody = fx.json.readTree(fx.analyst("/api/v1/evidence/" + copy.evidenceId() + "/custody").body());
		assertThat(custody.findValuesAsString("action")).last().isEqualTo("VIEWED");
		assertThat(custody.get(custody.size() - 1).get("actor").asString()).isEqualTo("user:analyst");
		assertThat(custody.get(custody.size() - 1).get("detail").asString()).isEqualTo("what=preview");
	}

	@Test
	void aReportWithoutFilesPassesAtOnceAndLateEvidenceRepublishesEverything() throws Exception {
		String reportId = "r-" + UUID.randomUUID();
		EvidenceSecured empty = submitAndAwait(reportId, List.of());
		assertThat(empty.evidence()).isEmpty();

		SubmittedEvidence late = fx.quarantine(reportId, "later.txt", "text/plain",
				"Voici le numéro qui m'a appelé".getBytes(StandardCharsets.UTF_8));
		fx.publish(new ReporterMessage(UUID.randomUUID().toString(), Instant.now(), reportId, 1, "m-1",
				"J'ai une capture", List.of(late)));
		List<ConsumerRecord<String, byte[]>> events = fx.recordsFor(Topics.REPORT_EVIDENCE_SECURED, reportId, 2);
		EvidenceSecured update = fx.codec.decode(events.get(1).value(), EvidenceSecured.class);
		assertThat(update.content().description()).startsWith("Un faux site");
		assertThat(update.evidence()).extracting(SecuredEvidence::evidenceId).containsExactly(late.evidenceId());
	}

	@Test
	void viewingIsAuditedAndKnownIllegalMaterialIsNeverServed() throws Exception {
		String reportId = "r-" + UUID.randomUUID();
		byte[] text = "Capture de la conversation".getBytes(StandardCharsets.UTF_8);
		SubmittedEvidence plain = fx.quarantine(reportId, "chat.txt", "text/plain", text);
		SubmittedEvidence known = fx.quarantine(reportId, "x.bin", "application/octet-stream", KNOWN_ILLEGAL);
		EvidenceSecured secured = submitAndAwait(reportId, List.of(plain, known));
		assertThat(byId(secured, known.evidenceId()).hashListMatch()).isTrue();
		assertThat(byId(secured, known.evidenceId()).flags()).contains("HASH_LIST_MATCH");

		HttpResponse<byte[]> content = fx.analyst("/api/v1/evidence/" + plain.evidenceId() + "/content");
		assertThat(content.statusCode()).isEqualTo(200);
		assertThat(content.body()).isEqualTo(text);
		JsonNode custody = fx.json.readTree(fx.analyst("/api/v1/evidence/" + plain.evidenceId() + "/custody").body());
		assertThat(custody.findValuesAsString("action")).containsExactly("RECEIVED", "VERIFIED", "STORED", "VIEWED");
		assertThat(custody.get(3).get("actor").asString()).isEqualTo("user:analyst");

		HttpResponse<byte[]> refused = fx.analyst("/api/v1/evidence/" + known.evidenceId() + "/content");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(fx.json.readTree(refused.body()).get("code").asString()).isEqualTo("HASH_LIST_MATCH");
		assertThat(fx.analyst("/api/v1/evidence/" + known.evidenceId() + "/preview").statusCode()).isEqualTo(404);
	}

	@Test
	void verifyFindsTamperedObjectsAndTamperedCustodyEntries() throws Exception {
		String reportId = "r-" + UUID.randomUUID();
		SubmittedEvidence a = fx.quarantine(reportId, "a.txt", "text/plain", "first file".getBytes());
		SubmittedEvidence b = fx.quarantine(reportId, "b.txt", "text/plain", "second file".getBytes());
		submitAndAwait(reportId, List.of(a, b));
		JsonNode intact = fx.json.readTree(fx.analyst("/api/v1/evidence/" + a.evidenceId() + "/verify").body());
		assertThat(intact.get("result").asString()).isEqualTo("INTACT");
		assertThat(intact.get("sha256").asString()).isEqualTo(EvidenceFixture.sha256("first file".getBytes()));

		// someone with access to the storage folder edits the stored bytes
		Path stored = fx.data.resolve("s3").resolve("evidence").resolve(reportId).resolve(a.evidenceId());
		assertThat(stored).exists();
		Files.writeString(stored, "first fil3");
		JsonNode objectTampered = fx.json.readTree(fx.analyst("/api/v1/evidence/" + a.evidenceId() + "/verify").body());
		assertThat(objectTampered.get("result").asString()).isEqualTo("TAMPERED");
		assertThat(objectTampered.get("brokenAt").asString()).isEqualTo("object");

		// someone with database access rewrites who handled the file
		try (MongoClient mongo = MongoClients.create(EvidenceFixture.PORTS.mongoUri())) {
			mongo.getDatabase("iblagh-evidence")
				.getCollection("custody")
				.updateOne(Filters.and(Filters.eq("evidenceId", b.evidenceId()), Filters.eq("sequence", 1)),
						Updates.set("actor", "someone-else"));
		}
		JsonNode logTampered = fx.json.readTree(fx.analyst("/api/v1/evidence/" + b.evidenceId() + "/verify").body());
		assertThat(logTampered.get("result").asString()).isEqualTo("TAMPERED");
		assertThat(logTampered.get("brokenAt").asString()).isEqualTo("custody:1");
	}

	@Test
	void onlyInvestigatorsAndTheOfficeTheReportWasRoutedToMayExport() throws Exception {
		String reportId = "r-" + UUID.randomUUID();
		byte[] text = "Relevé bancaire".getBytes(StandardCharsets.UTF_8);
		SubmittedEvidence file = fx.quarantine(reportId, "../releve.txt", "text/plain", text);
		submitAndAwait(reportId, List.of(file));
		OfficeKeys keys = new OfficeKeys(EvidenceFixture.OFFICE_SECRET);
		String path = "/api/v1/reports/" + reportId + "/export";
		assertThat(fx.get(path, "TPI-RABAT", keys.keyFor("TPI-RABAT"), Map.of()).statusCode()).isEqualTo(403);

		Instant routedAt = Instant.now();
		ReportRouted routed = new ReportRouted(UUID.randomUUID().toString(), routedAt, reportId, 1, null, null, null,
				null, null, null, null, null, new Office("DGSN-RABAT", "Police", null, null),
				new Office("TPI-RABAT", "Parquet", "FIRST_INSTANCE", "TPI-RABAT"), null, routedAt);
		fx.publish(routed);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(fx.get(path, "TPI-RABAT", keys.keyFor("TPI-RABAT"), Map.of()).statusCode())
				.isEqualTo(200));
		HttpResponse<byte[]> byKey = fx.get(path, null, null, Map.of("X-Api-Key", keys.keyFor("DGSN-RABAT")));
		assertThat(byKey.statusCode()).isEqualTo(200);
		assertThat(fx.get(path, "TPI-CASABLANCA", keys.keyFor("TPI-CASABLANCA"), Map.of()).statusCode()).isEqualTo(403);
		assertThat(fx.get(path, "TPI-RABAT", "wrong-key", Map.of()).statusCode()).isEqualTo(401);

		HttpResponse<byte[]> export = fx.analyst(path);
		assertThat(export.statusCode()).isEqualTo(200);
		Map<String, byte[]> entries = unzip(export.body());
		String manifestSha = EvidenceFixture.sha256(entries.get("manifest.json"));
		assertThat(export.headers().firstValue("X-Manifest-SHA256")).contains(manifestSha);
		assertThat(new String(entries.get("manifest.json.sha256"), StandardCharsets.US_ASCII)).startsWith(manifestSha);
		assertThat(entries.get("evidence/" + file.evidenceId() + "-.._releve.txt")).isEqualTo(text);
		JsonNode manifest = fx.json.readTree(entries.get("manifest.json"));
		JsonNode entry = manifest.get("files").get(0);
		assertThat(entry.get("sha256").asString()).isEqualTo(EvidenceFixture.sha256(text));
		assertThat(entry.get("custody").findValuesAsString("action")).contains("STORED", "EXPORTED");

		// a supervisor re-routes the report: the office it was taken from loses the
		// export,
		// and the earlier routing delivered again does not give it back
		fx.publish(new ReportRouted(UUID.randomUUID().toString(), routedAt.plusSeconds(60), reportId, 1, null, null,
				null, null, null, null, null, null, new Office("DGSN-SALE", "Police", null, null),
				new Office("TPI-SALE", "Parquet", "FIRST_INSTANCE", "TPI-SALE"), null, routedAt));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(fx.get(path, "TPI-SALE", keys.keyFor("TPI-SALE"), Map.of()).statusCode())
				.isEqualTo(200));
		fx.publish(routed);
		// same report, same partition: the replay is handled within moments of the
		// re-routing
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(10))
			.until(() -> fx.get(path, "TPI-RABAT", keys.keyFor("TPI-RABAT"), Map.of()).statusCode() == 403);
		// a bare key is only matched against the offices of the current routing
		assertThat(fx.get(path, null, null, Map.of("X-Api-Key", keys.keyFor("DGSN-RABAT"))).statusCode())
			.isEqualTo(401);
		assertThat(fx.get(path, null, null, Map.of("X-Api-Key", keys.keyFor("DGSN-SALE"))).statusCode()).isEqualTo(200);
	}

	@Test
	void dismissedEvidenceIsDeletedAfterRetentionUnlessUnderLegalHold() throws Exception {
		String dismissed = "r-" + UUID.randomUUID();
		String held = "r-" + UUID.randomUUID();
		SubmittedEvidence gone = fx.quarantine(dismissed, "a.txt", "text/plain", "to delete".getBytes());
		SubmittedEvidence kept = fx.quarantine(held, "b.txt", "text/plain", "to keep".getBytes());
		submitAndAwait(dismissed, List.of(gone));
		submitAndAwait(held, List.of(kept));
		HttpResponse<byte[]> hold = put("/api/v1/reports/" + held + "/legal-hold", "{\"hold\":true}", "supervisor");
		assertThat(hold.statusCode()).isEqualTo(200);
		assertThat(put("/api/v1/reports/" + held + "/legal-hold", "{\"hold\":true}", "analyst").statusCode())
			.isEqualTo(403);
		JsonNode holdEntry = fx.json.readTree(fx.analyst("/api/v1/evidence/" + kept.evidenceId() + "/custody").body())
			.get(3);
		assertThat(holdEntry.get("action").asString()).isEqualTo("LEGAL_HOLD");
		assertThat(holdEntry.get("actor").asString()).isEqualTo("user:supervisor");
		assertThat(holdEntry.get("detail").asString()).isEqualTo("hold=true");
		for (String reportId : List.of(dismissed, held)) {
			fx.publish(new ReportStatusChanged(UUID.randomUUID().toString(), Instant.now(), reportId, 1,
					ReportStatus.DISMISSED, "triage-service", null));
		}
		RetentionService retention = fx.app.getBean(RetentionService.class);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			retention.purgeDue();
			assertThat(fx.exists("evidence", gone.objectKey())).isFalse();
		});
		assertThat(fx.exists("evidence", kept.objectKey())).isTrue();
		JsonNode custody = fx.json.readTree(fx.analyst("/api/v1/evidence/" + gone.evidenceId() + "/custody").body());
		assertThat(custody.findValuesAsString("action")).last().isEqualTo("DELETED");
		assertThat(fx.analyst("/api/v1/evidence/" + gone.evidenceId() + "/content").statusCode()).isEqualTo(410);
	}

	@Test
	void aMalformedEventGoesToTheDeadLetterTopicAndTheConsumerKeepsGoing() throws Exception {
		String reportId = "r-" + UUID.randomUUID();
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of("bootstrap.servers", EvidenceFixture.PORTS.kafkaBootstrap()), new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(new ProducerRecord<>(Topics.REPORT_SUBMITTED, reportId,
					"{not json".getBytes(StandardCharsets.UTF_8)));
		}
		List<ConsumerRecord<String, byte[]>> dead = fx
			.recordsFor(Topics.deadLetter(Topics.REPORT_SUBMITTED, "evidence-service"), reportId, 1);
		assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
		assertThat(submitAndAwait(reportId, List.of()).reportId()).isEqualTo(reportId);
	}

	/**
	 * The same rules with production sign-on (profile {@code oidc}, included by
	 * {@code prod}): evidence takes an investigator's token, an office's token opens
	 * nothing but exports.
	 */
	@Test
	void inProductionEvidenceWantsAnInvestigatorsToken() throws Exception {
		try (org.iblagh.local.EmbeddedOidcProvider provider = org.iblagh.local.EmbeddedOidcProvider.start()) {
			List<String> args = new java.util.ArrayList<>(List.of("--spring.profiles.active=local,oidc",
					"--server.port=0", "--iblagh.kafka.brokers=" + EvidenceFixture.PORTS.kafkaBootstrap(),
					"--spring.mongodb.uri=" + EvidenceFixture.PORTS.mongoUri() + "/iblagh-evidence-oidc",
					"--iblagh.s3.endpoint=" + EvidenceFixture.PORTS.s3Endpoint(), "--iblagh.data-dir=" + fx.data,
					// the other tests own the consumer group: this instance only serves
					// HTTP
					"--spring.cloud.stream.default.consumer.auto-startup=false"));
			args.addAll(provider.serviceArguments());
			try (var app = new org.springframework.boot.builder.SpringApplicationBuilder(
					EvidenceServiceApplication.class)
				.run(args.toArray(String[]::new))) {
				String url = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")
						+ "/api/v1/evidence/ev-unknown";
				assertThat(status(url, null)).isEqualTo(401);
				assertThat(status(url, "Basic YW5hbHlzdDphbmFseXN0")).isEqualTo(401);
				assertThat(status(url, "Bearer " + provider.forged(provider.claims("amina", List.of("ANALYST"),
						List.of(), Instant.now().plus(Duration.ofMinutes(5))))))
					.isEqualTo(401);
				assertThat(status(url, "Bearer " + provider.officeToken("TPI-RABAT"))).isEqualTo(403);
				// past security: unknown evidence
				assertThat(status(url, "Bearer " + provider.personToken("amina", "ANALYST"))).isNotIn(401, 403);
				// the services' own account (the console's preview fetch) gets previews
				// only
				String previews = "Bearer "
						+ provider.personToken("service-account-iblagh-services", "EVIDENCE_PREVIEW");
				assertThat(status(url + "/preview", previews)).isEqualTo(404);
				assertThat(status(url, previews)).isEqualTo(403);
				assertThat(status(url + "/content", previews)).isEqualTo(403);
			}
		}
	}

	private static int status(String url, String authorization) throws Exception {
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return fx.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static HttpResponse<byte[]> put(String path, String body, String user) throws Exception {
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(fx.base() + path))
			.header("Content-Type", "application/json")
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder()
						.encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body))
			.build();
		return fx.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private static SecuredEvidence byId(EvidenceSecured secured, String evidenceId) {
		return secured.evidence().stream().filter((e) -> e.evidenceId().equals(evidenceId)).findFirst().orElseThrow();
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.put(e.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

}
