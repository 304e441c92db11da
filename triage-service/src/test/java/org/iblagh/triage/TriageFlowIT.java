package org.iblagh.triage;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.iblagh.contracts.EvidenceSecured;
import org.iblagh.contracts.ProsecutorInstruction;
import org.iblagh.contracts.ReportStatus;
import org.iblagh.contracts.ReportStatusChanged;
import org.iblagh.contracts.ReporterMessage;
import org.iblagh.contracts.Topics;
import org.iblagh.triage.assessment.Assessment;
import org.iblagh.triage.assessment.AssessmentEngine;
import org.iblagh.triage.assessment.ReportInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Triage against a real Kafka broker and MongoDB wire server: from a secured report to a
 * referral on Kafka, with claims, replays, follow-up events and poison messages.
 */
class TriageFlowIT {

	static TriageFixture fx;

	@BeforeAll
	static void start() throws Exception {
		fx = TriageFixture.shared();
	}

	@Test
	void aSecuredReportIsQueuedWithTheEnginesAssessmentAndReferredToKafka() throws Exception {
		String reportId = TriageFixture.newReportId();
		String sha256 = TriageFixture.sha256Of(reportId);
		EvidenceSecured secured = TriageFixture.evidenceSecured(reportId,
				"Un faux recruteur Amazon me demande 500 dirhams par SMS pour un emploi, numéro " + phone(), phone(),
				TriageFixture.image("E-" + reportId, sha256, false));
		fx.publish(Topics.REPORT_EVIDENCE_SECURED, secured);
		Assessment expected = AssessmentEngine.withDefaults()
			.assess(new ReportInput(secured.content().description(), secured.content().category(),
					secured.content().language(), secured.content().contentLocations(),
					secured.content().suspectIdentifiers(), secured.content().place(), 0, false, false,
					secured.content().receivedAt()));

		JsonNode item = await().atMost(Duration.ofSeconds(30))
			.until(() -> queueItem(reportId, "status=ALL&size=200"), (i) -> i != null);
		assertThat(item.get("category").asString()).isEqualTo(expected.category().name());
		assertThat(item.get("priority").asString()).isEqualTo(expected.priority().name());
		assertThat(item.get("score").asInt()).isEqualTo(expected.score());
		assertThat(item.get("status").asString()).isEqualTo("UNDER_REVIEW");
		assertThat(Instant.parse(item.get("dueAt").asString()))
			.isEqualTo(secured.content().receivedAt().plus(expected.dueIn()).truncatedTo(ChronoUnit.MILLIS));

		JsonNode report = fx.json(fx.get("/api/v1/reports/" + reportId, TriageFixture.ANALYST));
		assertThat(report.get("evidence").get(0).get("sha256").asString()).isEqualTo(sha256);
		assertThat(report.get("categoryConfidence").asDouble()).isEqualTo(expected.categoryConfidence());
		assertThat(report.get("explanation").size()).isEqualTo(expected.explanation().size());
		// the first two steps come with the evidence-secured event, not from status
		// events
		List<String> history = new ArrayList<>();
		report.get("history")
			.forEach((h) -> history.add(h.get("status").asString() + "@" + h.get("source").asString()));
		assertThat(history).containsExactly("SUBMITTED@intake-service", "EVIDENCE_SECURED@evidence-service",
				"UNDER_REVIEW@triage-service");
		assertThat(Instant.parse(report.get("history").get(0).get("at").asString()))
			.isEqualTo(secured.content().receivedAt().truncatedTo(ChronoUnit.MILLIS));

		assertThat(fx.eventsFor(Topics.REPORT_TRIAGED, reportId, 1, Duration.ofSeconds(20))).singleElement()
			.satisfies((e) -> assertThat(e.get("priority").asString()).isEqualTo(expected.priority().name()));

		HttpResponse<String> claim = fx.post("/api/v1/reports/" + reportId + "/claim", "", TriageFixture.ANALYST);
		assertThat(claim.statusCode()).as(claim.body()).isEqualTo(200);
		assertThat(fx.post("/api/v1/reports/" + reportId + "/claim", "", TriageFixture.SUPERVISOR).statusCode())
			.isEqualTo(409);
		HttpResponse<String> stolen = fx.post("/api/v1/reports/" + reportId + "/decision",
				"{\"action\":\"DISMISS\",\"reason\":\"doublon\"}", TriageFixture.SUPERVISOR);
		assertThat(stolen.statusCode()).isEqualTo(409);
		assertThat(fx.json(stolen).get("code").asString()).isEqualTo("CLAIMED_BY_OTHER");

		HttpResponse<String> referred = fx.post("/api/v1/reports/" + reportId + "/decision",
				"{\"action\":\"REFER\",\"offenceClass\":\"DELIT\",\"place\":{\"city\":\"Fès\"}}",
				TriageFixture.ANALYST);
		assertThat(referred.statusCode()).as(referred.body()).isEqualTo(202);

		JsonNode referral = fx.eventsFor(Topics.REPORT_REFERRED, reportId, 1, Duration.ofSeconds(20)).get(0);
		assertThat(referral.get("offenceClass").asString()).isEqualTo("DELIT");
		assertThat(referral.get("place").get("city").asString()).isEqualTo("Fès");
		assertThat(referral.get("decidedBy").asString()).isEqualTo("analyst");
		assertThat(referral.get("category").asString()).isEqualTo(expected.category().name());
		assertThat(referral.get("evidence").get(0).get("sha256").asString()).isEqualTo(sha256);
		List<String> statuses = new ArrayList<>();
		fx.eventsFor(Topics.REPORT_STATUS, reportId, 2, Duration.ofSeconds(20))
			.forEach((e) -> statuses.add(e.get("status").asString()));
		assertThat(statuses).containsExactly("UNDER_REVIEW", "REFERRED");
		assertThat(fx.post("/api/v1/reports/" + reportId + "/decision", "{\"action\":\"REFER\"}", TriageFixture.ANALYST)
			.statusCode()).isEqualTo(409);
	}

	@Test
	void routingsPlaceNeededSendsTheReportBackAndOfficesStatusesAndInstructionsAreShownOnce() throws Exception {
		String reportId = TriageFixture.newReportId();
		fx.publish(Topics.REPORT_EVIDENCE_SECURED, TriageFixture.evidenceSecured(reportId,
				"On m'a volé 2000 dirhams avec une fausse annonce de location, le vendeur ne répond plus", phone()));
		await().atMost(Duration.ofSeconds(30)).until(() -> queueItem(reportId, "size=200") != null);
		assertThat(fx.post("/api/v1/reports/" + reportId + "/decision", "{\"action\":\"REFER\"}", TriageFixture.ANALYST)
			.statusCode()).isEqualTo(202);
		ReportStatusChanged placeNeeded = new ReportStatusChanged(UUID.randomUUID().toString(), Instant.now(), reportId,
				1, ReportStatus.PLACE_NEEDED, "routing-service", "UNRESOLVED_PLACE");
		// a poison in the same poll goes to the dead-letter topic alone
		fx.publishRaw(Topics.REPORT_STATUS, reportId, "{not json");
		fx.publish(Topics.REPORT_STATUS, placeNeeded);
		fx.publish(Topics.REPORT_STATUS, placeNeeded);
		JsonNode back = await().atMost(Duration.ofSeconds(30))
			.until(() -> queueItem(reportId, "status=PLACE_NEEDED"), (i) -> i != null);
		assertThat(back.get("status").asString()).isEqualTo("PLACE_NEEDED");
		List<ConsumerRecord<String, byte[]>> dead = fx.readTopic(
				Topics.deadLetter(Topics.REPORT_STATUS, "triage-service"), Duration.ofSeconds(30),
				(seen) -> seen.stream().anyMatch((r) -> reportId.equals(r.key())));
		assertThat(dead.stream().filter((r) -> reportId.equals(r.key()))).singleElement()
			.satisfies((r) -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("{not json"));
		assertThat(fx
			.post("/api/v1/reports/" + reportId + "/decision", "{\"action\":\"REFER\",\"place\":{\"city\":\"Rabat\"}}",
					TriageFixture.SUPERVISOR)
			.statusCode()).isEqualTo(202);

		ReportStatusChanged acknowledged = new ReportStatusChanged(UUID.randomUUID().toString(), Instant.now(),
				reportId, 1, ReportStatus.ACKNOWLEDGED, "notification-service", "TPI-RABAT");
		ProsecutorInstruction instruction = new ProsecutorInstruction(UUID.randomUUID().toString(), Instant.now(),
				reportId, 1, "REF-1", "TPI-RABAT", "INSTRUCTED", "OPEN_INVESTIGATION", "Ouvrir une enquête", false);
		// a late copy of the submission's status adds nothing: the history has it already
		fx.publish(Topics.REPORT_STATUS, new ReportStatusChanged(UUID.randomUUID().toString(), Instant.now(), reportId,
				1, ReportStatus.SUBMITTED, "intake-service", null));
		fx.publish(Topics.REPORT_STATUS, acknowledged);
		fx.publish(Topics.PROSECUTOR_INSTRUCTION, instruction);
		fx.publish(Topics.PROSECUTOR_INSTRUCTION, instruction);
		fx.publish(Topics.REPORT_STATUS, acknowledged);
		JsonNode report = await().atMost(Duration.ofSeconds(30)).until(() -> {
			JsonNode r = fx.json(fx.get("/api/v1/reports/" + reportId, TriageFixture.ANALYST));
			return (r.get("status").asString().equals("ACKNOWLEDGED") && r.get("instructions").size() > 0) ? r : null;
		}, (r) -> r != null);
		assertThat(report.get("instructions").get(0).get("decision").asString()).isEqualTo("OPEN_INVESTIGATION");
		assertThat(report.get("instructions").get(0).get("officeId").asString()).isEqualTo("TPI-RABAT");
		List<String> history = new ArrayList<>();
		report.get("history").forEach((h) -> history.add(h.get("status").asString()));
		assertThat(history).containsExactly("SUBMITTED", "EVIDENCE_SECURED", "UNDER_REVIEW", "REFERRED", "PLACE_NEEDED",
				"REFERRED", "ACKNOWLEDGED");
		assertThat(report.get("instructions")).hasSize(1);
	}

	@Test
	void replayingEvidenceAndMessagesChangesNothingAndLateEvidenceIsAdded() throws Exception {
		String reportId = TriageFixture.newReportId();
		EvidenceSecured first = TriageFixture.evidenceSecured(reportId,
				"Quelqu'un a créé un faux compte Instagram avec mes photos et contacte mes amis", phone(),
				TriageFixture.image("E1-" + reportId, TriageFixture.sha256Of("1" + reportId), false));
		fx.publish(Topics.REPORT_EVIDENCE_SECURED, first);
		await().atMost(Duration.ofSeconds(30)).until(() -> queueItem(reportId, "size=200") != null);
		assertThat(fx
			.post("/api/v1/reports/" + reportId + "/decision",
					"{\"action\":\"REQUEST_INFO\",\"message\":\"Quel est le nom du compte ?\"}", TriageFixture.ANALYST)
			.statusCode()).isEqualTo(202);
		ReporterMessage reply = new ReporterMessage(UUID.randomUUID().toString(), Instant.now(), reportId, 1, "M-1",
				"Le compte s'appelle @faux.profil", List.of());
		EvidenceSecured late = new EvidenceSecured(UUID.randomUUID().toString(), Instant.now(), reportId, 1,
				first.content(),
				List.of(TriageFixture.image("E2-" + reportId, TriageFixture.sha256Of("2" + reportId), true)));

		fx.publish(Topics.REPORTER_MESSAGE, reply);
		fx.publish(Topics.REPORT_EVIDENCE_SECURED, first);
		fx.publish(Topics.REPORTER_MESSAGE, reply);
		// same key, same partition: once the late evidence shows, the replay before it
		// was
		// consumed too
		fx.publish(Topics.REPORT_EVIDENCE_SECURED, late);
		fx.publish(Topics.REPORT_EVIDENCE_SECURED, late);
		JsonNode report = await().atMost(Duration.ofSeconds(30)).until(() -> {
			JsonNode r = fx.json(fx.get("/api/v1/reports/" + reportId, TriageFixture.ANALYST));
			return (r.get("evidence").size() == 2 && r.get("messages").size() == 2) ? r : null;
		}, (r) -> r != null);
		assertThat(report.get("evidence").get(1).get("hashListMatch").asBoolean()).isTrue();
		assertThat(report.get("status").asString()).isEqualTo("UNDER_REVIEW");
		assertThat(report.get("messages").get(1).get("from").asString()).isEqualTo("REPORTER");
		assertThat(report.get("messages").get(1).get("text").asString()).contains("@faux.profil");
		// the InvestigatorMessage went to intake through the outbox
		assertThat(fx.eventsFor(Topics.INVESTIGATOR_MESSAGE, reportId, 1, Duration.ofSeconds(20))).singleElement()
			.satisfies((e) -> assertThat(e.get("text").asString()).isEqualTo("Quel est le nom du compte ?"));
		List<String> history = new ArrayList<>();
		report.get("history").forEach((h) -> history.add(h.get("status").asString()));
		assertThat(history).containsExactly("SUBMITTED", "EVIDENCE_SECURED", "UNDER_REVIEW", "INFO_REQUESTED",
				"UNDER_REVIEW");
		assertThat(fx.json(fx.get("/api/v1/reports/" + reportId, TriageFixture.ANALYST)).get("evidence")).hasSize(2);
	}

	@Test
	void reportsSharingAPhoneNumberJoinOneClusterThatBecomesACampaign() throws Exception {
		String phone = phone();
		// the same screenshot of the SMS: linked by its hash whatever the text yields
		String screenshot = TriageFixture.sha256Of("sms-" + phone);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < TriageFixture.CAMPAIGN_THRESHOLD; i++) {
			String reportId = TriageFixture.newReportId();
			ids.add(reportId);
			fx.publish(Topics.REPORT_EVIDENCE_SECURED,
					TriageFixture.evidenceSecured(reportId,
							"SMS: travail à domicile, gagnez 800 dh par jour, contactez le " + phone + " sur WhatsApp",
							phone, TriageFixture.image("E-" + reportId, screenshot, false)));
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> fx.get("/api/v1/reports/" + ids.get(ids.size() - 1), TriageFixture.ANALYST)
				.statusCode() == 200);
		// the first report was reassessed as part of the campaign, as the engine ranks it
		EvidenceSecured original = TriageFixture.evidenceSecured(ids.get(0),
				"SMS: travail à domicile, gagnez 800 dh par jour, contactez le " + phone + " sur WhatsApp", phone);
		Assessment asCampaign = AssessmentEngine.withDefaults()
			.assess(new ReportInput(original.content().description(), original.content().category(),
					original.content().language(), original.content().contentLocations(),
					original.content().suspectIdentifiers(), original.content().place(), ids.size() - 1, true, false,
					original.content().receivedAt()));
		// the earlier reports are reassessed after the report that made the campaign is
		// stored (and readable): wait for that second write
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode first = fx.json(fx.get("/api/v1/reports/" + ids.get(0), TriageFixture.ANALYST));
			JsonNode last = fx.json(fx.get("/api/v1/reports/" + ids.get(ids.size() - 1), TriageFixture.ANALYST));
			assertThat(last.get("clusterId").asString()).isEqualTo(first.get("clusterId").asString());
			assertThat(last.get("campaign").asBoolean()).isTrue();
			assertThat(first.get("campaign").asBoolean()).isTrue();
			List<String> related = new ArrayList<>();
			first.get("relatedReportIds").forEach((r) -> related.add(r.asString()));
			assertThat(related).containsExactlyInAnyOrderElementsOf(ids.subList(1, ids.size()));
			assertThat(first.get("priority").asString()).isEqualTo(asCampaign.priority().name());
			assertThat(first.get("score").asInt()).isEqualTo(asCampaign.score());
		});
	}

	@Test
	void badDecisionsUnknownReportsAndTheAuditLogAnswerPrecisely() throws Exception {
		String reportId = TriageFixture.newReportId();
		fx.publish(Topics.REPORT_EVIDENCE_SECURED, TriageFixture.evidenceSecured(reportId,
				"Un site vend de faux billets de train et encaisse l'argent sans rien livrer", phone()));
		await().atMost(Duration.ofSeconds(30)).until(() -> queueItem(reportId, "size=200") != null);
		HttpResponse<String> bad = fx.post("/api/v1/reports/" + reportId + "/decision",
				"{\"action\":\"ARCHIVE\",\"category\":\"NOPE\",\"offenceClass\":\"FELONY\"}", TriageFixture.ANALYST);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("application/problem+json"));
		assertThat(fx.json(bad).get("errors").findValuesAsString("field")).contains("action", "category",
				"offenceClass");
		HttpResponse<String> noReason = fx.post("/api/v1/reports/" + reportId + "/decision", "{\"action\":\"DISMISS\"}",
				TriageFixture.ANALYST);
		assertThat(fx.json(noReason).get("errors").findValuesAsString("field")).containsExactly("reason");
		assertThat(fx.post("/api/v1/reports/" + reportId + "/decision", "{broken", TriageFixture.ANALYST).statusCode())
			.isEqualTo(400);
		assertThat(fx.post("/api/v1/reports/R-NOPE/decision", "{\"action\":\"REFER\"}", TriageFixture.ANALYST)
			.statusCode()).isEqualTo(404);
		assertThat(fx.get("/api/v1/reports/R-NOPE", TriageFixture.ANALYST).statusCode()).isEqualTo(404);
		assertThat(fx.get("/api/v1/reports/" + reportId, TriageFixture.ANALYST).statusCode()).isEqualTo(200);
		assertThat(fx.get("/api/v1/queue?priority=P9", TriageFixture.ANALYST).statusCode()).isEqualTo(400);
		assertThat(fx.get("/api/v1/queue", null).statusCode()).isEqualTo(401);
		assertThat(fx
			.post("/api/v1/reports/" + reportId + "/decision",
					"{\"action\":\"DISMISS\",\"reason\":\"Hors compétence\"}", TriageFixture.ANALYST)
			.statusCode()).isEqualTo(202);

		assertThat(fx.get("/api/v1/audit", TriageFixture.ANALYST).statusCode()).isEqualTo(403);
		HttpResponse<String> audit = fx.get("/api/v1/audit?reportId=" + reportId, TriageFixture.SUPERVISOR);
		assertThat(audit.statusCode()).isEqualTo(200);
		List<String> actions = new ArrayList<>();
		fx.json(audit)
			.get("content")
			.forEach((e) -> actions.add(e.get("action").asString() + ":" + e.get("outcome").asString()));
		assertThat(actions).contains("DECIDE_DISMISS:OK", "VIEW_REPORT:OK");
		assertThat(fx.json(audit).get("content").get(0).get("actor").asString()).isEqualTo("analyst");
		assertThat(fx.post("/api/v1/audit", "{}", TriageFixture.SUPERVISOR).statusCode()).isIn(403, 405);

		// a queue page shows each report's summary: its entry names every report on it
		HttpResponse<String> queue = fx.get("/api/v1/queue?status=ALL&size=200", TriageFixture.ANALYST);
		assertThat(queue.statusCode()).isEqualTo(200);
		List<String> shown = fx.json(queue).get("content").findValuesAsString("reportId");
		assertThat(shown).isNotEmpty();
		JsonNode viewed = fx.json(fx.get("/api/v1/audit?actor=analyst&size=1", TriageFixture.SUPERVISOR))
			.get("content")
			.get(0);
		assertThat(viewed.get("action").asString()).isEqualTo("VIEW_QUEUE");
		assertThat(viewed.get("detail").asString()).contains("page=0", "size=200", "shown=" + String.join(",", shown));
	}

	@Test
	void aMalformedEventGoesToTheDeadLetterTopicAndConsumptionGoesOn() throws Exception {
		String key = TriageFixture.newReportId();
		fx.publishRaw(Topics.REPORT_EVIDENCE_SECURED, key, "{not json");
		String reportId = TriageFixture.newReportId();
		fx.publish(Topics.REPORT_EVIDENCE_SECURED, TriageFixture.evidenceSecured(reportId,
				"Des messages menaçants arrivent chaque nuit depuis un compte anonyme sur Facebook", phone()));
		List<ConsumerRecord<String, byte[]>> dead = fx.readTopic(
				Topics.deadLetter(Topics.REPORT_EVIDENCE_SECURED, "triage-service"), Duration.ofSeconds(30),
				(seen) -> seen.stream().anyMatch((r) -> key.equals(r.key())));
		assertThat(dead)
			.anySatisfy((r) -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("{not json"));
		await().atMost(Duration.ofSeconds(30)).until(() -> queueItem(reportId, "size=200") != null);
	}

	private static JsonNode queueItem(String reportId, String query) throws Exception {
		HttpResponse<String> response = fx.get("/api/v1/queue?" + query, TriageFixture.ANALYST);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		for (JsonNode item : fx.json(response).get("content")) {
			if (reportId.equals(item.get("reportId").asString())) {
				return item;
			}
		}
		return null;
	}

	private static String phone() {
		return "06" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
	}

}
