package org.iblagh.routing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.iblagh.contracts.CloudEventHeaders;
import org.iblagh.contracts.Topics;
import org.iblagh.local.EmbeddedOidcProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Routing against a real Kafka broker and MongoDB wire server. */
class RoutingIT {

	static RoutingFixture fx;

	@BeforeAll
	static void start() throws Exception {
		fx = new RoutingFixture();
	}

	@AfterAll
	static void stop() throws Exception {
		fx.close();
	}

	@Test
	void aReferralIsRoutedOnceEvenWhenReplayed() throws Exception {
		String reportId = "R-" + UUID.randomUUID();
		String event = RoutingFixture.referral("ev-" + reportId, reportId, "ONLINE_FRAUD", null, "Casa");
		fx.send(Topics.REPORT_REFERRED, reportId, event);

		List<ConsumerRecord<String, byte[]>> routed = routedOf(reportId, 1);
		ConsumerRecord<String, byte[]> record = routed.get(0);
		assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("org.iblagh.report.routed.v1");
		assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/iblagh/routing-service");
		JsonNode body = fx.json.readTree(record.value());
		assertThat(body.get("prosecutorOffice").get("id").asString()).isEqualTo("TPI-CASA-PENAL");
		assertThat(body.get("prosecutorOffice").get("level").asString()).isEqualTo("FIRST_INSTANCE");
		assertThat(body.get("policeUnit").get("id").asString()).isEqualTo("PP-CASABLANCA");
		assertThat(body.get("offenceClass").asString()).isEqualTo("DELIT");
		assertThat(body.get("summary").asString()).isEqualTo("SMS job scam");
		assertThat(body.get("evidence").get(0).get("sha256").asString()).startsWith("9f86d0");
		assertThat(body.get("basis").findValuesAsString("rule")).contains("DEFAULT-CLASS-ONLINE_FRAUD",
				"COURT_SEATED_IN_CITY");
		List<JsonNode> statuses = statusesOf(reportId, 1);
		assertThat(statuses.get(0).get("status").asString()).isEqualTo("ROUTED");
		assertThat(statuses.get(0).get("source").asString()).isEqualTo("routing-service");
		assertThat(statuses.get(0).get("detail").asString()).isEqualTo("TPI-CASA-PENAL");

		HttpResponse<String> decision = fx.get("/api/v1/routings/" + reportId);
		assertThat(decision.statusCode()).isEqualTo(200);
		assertThat(fx.json.readTree(decision.body()).get("outcome").asString()).isEqualTo("ROUTED");

		fx.send(Topics.REPORT_REFERRED, reportId, event);
		await().atMost(Duration.ofSeconds(30)).until(() -> fx.consumedEverything(Topics.REPORT_REFERRED));
		assertThat(routedOf(reportId, 2)).hasSize(1);
		assertThat(statusesOf(reportId, 2)).hasSize(1);
	}

	@Test
	void anUnknownPlaceAsksForThePlaceAndAReferralWithAPlaceIsANewDecision() throws Exception {
		String reportId = "R-" + UUID.randomUUID();
		fx.send(Topics.REPORT_REFERRED, reportId,
				RoutingFixture.referral("ev1-" + reportId, reportId, "DRUGS", "CRIME", "Atlantis"));
		List<JsonNode> statuses = statusesOf(reportId, 1);
		assertThat(statuses.get(0).get("status").asString()).isEqualTo("PLACE_NEEDED");
		assertThat(fx.json.readTree(fx.get("/api/v1/routings/" + reportId).body()).get("outcome").asString())
			.isEqualTo("PLACE_NEEDED");

		fx.send(Topics.REPORT_REFERRED, reportId,
				RoutingFixture.referral("ev2-" + reportId, reportId, "DRUGS", "CRIME", "Guercif"));
		JsonNode routed = fx.json.readTree(routedOf(reportId, 1).get(0).value());
		assertThat(routed.get("prosecutorOffice").get("id").asString()).isEqualTo("CA-TAZA");
		assertThat(statusesOf(reportId, 2)).extracting((s) -> s.get("status").asString())
			.containsExactly("PLACE_NEEDED", "ROUTED");
		assertThat(fx.json.readTree(fx.get("/api/v1/routings/" + reportId).body()).get("outcome").asString())
			.isEqualTo("ROUTED");
	}

	@Test
	void aMalformedMessageGoesToTheDeadLetterTopic() throws Exception {
		String key = "R-" + UUID.randomUUID();
		fx.send(Topics.REPORT_REFERRED, key, "{not json");
		List<ConsumerRecord<String, byte[]>> dead = fx.readTopic(
				Topics.deadLetter(Topics.REPORT_REFERRED, "routing-service"), Duration.ofSeconds(30),
				(seen) -> seen.stream().anyMatch((r) -> key.equals(r.key())));
		assertThat(dead).anySatisfy((r) -> {
			assertThat(r.key()).isEqualTo(key);
			assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
		});
	}

	@Test
	void resolveAnswersWithBasisOrAnExplicitUnresolvedPlace() throws Exception {
		HttpResponse<String> ok = fx
			.get("/api/v1/jurisdictions/resolve?city=" + URLEncoder.encode("الدار البيضاء", StandardCharsets.UTF_8)
					+ "&category=ONLINE_FRAUD&offenceClass=CRIME");
		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
		JsonNode answer = fx.json.readTree(ok.body());
		assertThat(answer.get("prosecutorOffice").get("id").asString()).isEqualTo("CA-CASABLANCA");
		assertThat(answer.get("prosecutorOffice").get("level").asString()).isEqualTo("COURT_OF_APPEAL");
		assertThat(answer.get("prosecutorOffice").get("court").asString()).isEqualTo("Cour d'appel de Casablanca");
		assertThat(answer.get("policeUnit").get("id").asString()).isEqualTo("PP-CASABLANCA");
		assertThat(answer.get("basis").size()).isGreaterThan(3);

		HttpResponse<String> unknown = fx.get("/api/v1/jurisdictions/resolve?city=Tatza&category=DRUGS");
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = fx.json.readTree(unknown.body());
		assertThat(problem.get("code").asString()).isEqualTo("UNRESOLVED_PLACE");
		assertThat(problem.get("suggestions").valueStream().map(JsonNode::asString)).contains("Taza", "Tata");

		HttpResponse<String> badCategory = fx.get("/api/v1/jurisdictions/resolve?city=Rabat&category=NOPE");
		assertThat(badCategory.statusCode()).isEqualTo(400);
		assertThat(fx.json.readTree(badCategory.body()).get("errors").findValuesAsString("field"))
			.containsExactly("category");
		assertThat(fx.get("/api/v1/jurisdictions/resolve?city=Rabat&offenceClass=FELONY").statusCode()).isEqualTo(400);
		assertThat(fx.get("/api/v1/routings/R-unknown").statusCode()).isEqualTo(404);
	}

	@Test
	void onlyASupervisorOverridesAndTheOverrideIsPublishedAndAudited() throws Exception {
		String reportId = "R-" + UUID.randomUUID();
		fx.send(Topics.REPORT_REFERRED, reportId,
				RoutingFixture.referral("ev-" + reportId, reportId, "ONLINE_FRAUD", "DELIT", "Rabat"));
		routedOf(reportId, 1);
		String override = """
				{"prosecutorOfficeId":"TPI-SALE","policeUnitId":"SP-SALE","reason":"Facts took place in Salé"}""";
		String path = "/api/v1/routings/" + reportId + "/override";
		assertThat(fx.post(path, override, null).statusCode()).isEqualTo(401);
		HttpResponse<String> analyst = fx.post(path, override, "analyst");
		assertThat(analyst.statusCode()).isEqualTo(403);
		assertThat(analyst.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(analyst.body()).contains("\"code\":\"FORBIDDEN\"");
		assertThat(fx.post(path, """
				{"prosecutorOfficeId":"TPI-NOWHERE","reason":""}""", "supervisor").statusCode()).isEqualTo(400);
		// found by the abuse run: megabytes of reason filled the heap and the event queue
		HttpResponse<String> tooLong = fx.post(path,
				"{\"prosecutorOfficeId\":\"TPI-SALE\",\"reason\":\"" + "r".repeat(1001) + "\"}", "supervisor");
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("TOO_LONG");
		// a wildcard content type was a 500 (Spring cannot read a body of type */*)
		HttpResponse<String> wildcard = fx.http
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(fx.base() + path))
				.header("Content-Type", "*/*")
				.header("Authorization", "Basic c3VwZXJ2aXNvcjpzdXBlcnZpc29y")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(override))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(wildcard.statusCode()).as(wildcard.body()).isEqualTo(415);
		HttpResponse<String> done = fx.post(path, override, "supervisor");
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
		JsonNode view = fx.json.readTree(done.body());
		assertThat(view.get("prosecutorOffice").get("id").asString()).isEqualTo("TPI-SALE");
		assertThat(view.get("overrides").get(0).get("by").asString()).isEqualTo("supervisor");
		assertThat(view.get("overrides").get(0).get("previousProsecutorOfficeId").asString()).isEqualTo("TPI-RABAT");

		List<ConsumerRecord<String, byte[]>> routed = routedOf(reportId, 2);
		assertThat(routed).hasSize(2);
		JsonNode second = fx.json.readTree(routed.get(1).value());
		assertThat(second.get("prosecutorOffice").get("id").asString()).isEqualTo("TPI-SALE");
		assertThat(second.get("basis").findValuesAsString("rule")).contains("SUPERVISOR_OVERRIDE");
	}

	private static List<ConsumerRecord<String, byte[]>> routedOf(String reportId, int expected) {
		return fx
			.readTopic(Topics.REPORT_ROUTED, Duration.ofSeconds((expected > 1) ? 5 : 30),
					(seen) -> seen.stream().filter((r) -> reportId.equals(r.key())).count() >= expected)
			.stream()
			.filter((r) -> reportId.equals(r.key()))
			.toList();
	}

	private static List<JsonNode> statusesOf(String reportId, int expected) {
		return fx
			.readTopic(Topics.REPORT_STATUS, Duration.ofSeconds((expected > 1) ? 10 : 30),
					(seen) -> seen.stream().filter((r) -> reportId.equals(r.key())).count() >= expected)
			.stream()
			.filter((r) -> reportId.equals(r.key()))
			.map((r) -> fx.json.readTree(r.value()))
			.toList();
	}

	/**
	 * The same rules with production sign-on (profile {@code oidc}, included by
	 * {@code prod}): reading stays open, an override needs a supervisor's token.
	 */
	@Test
	void inProductionAnOverrideNeedsASupervisorsToken() throws Exception {
		try (EmbeddedOidcProvider provider = EmbeddedOidcProvider.start();
				ConfigurableApplicationContext app = startWithSignOn(provider)) {
			String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
			String override = """
					{"prosecutorOfficeId":"TPI-NOWHERE","reason":""}""";
			String path = base + "/api/v1/routings/R-unknown/override";
			String supervisor = "Bearer " + provider.personToken("karim", "SUPERVISOR");
			// the first token makes the service fetch the provider's keys: on a loaded
			// machine that can time out once, answered 503 (retry), so wait for it
			await().atMost(Duration.ofSeconds(60)).until(() -> post(path, override, supervisor).statusCode() != 503);
			assertThat(post(path, override, null).statusCode()).isEqualTo(401);
			assertThat(post(path, override, "Basic c3VwZXJ2aXNvcjpzdXBlcnZpc29y").statusCode()).isEqualTo(401);
			assertThat(post(path, override, "Bearer " + provider.personToken("amina", "ANALYST")).statusCode())
				.isEqualTo(403);
			assertThat(post(path, override, "Bearer " + provider.expiredToken("karim", "SUPERVISOR")).statusCode())
				.isEqualTo(401);
			// past security: this instance has routed no such report
			assertThat(post(path, override, supervisor).statusCode()).isEqualTo(404);
			HttpResponse<String> open = fx.http.send(HttpRequest
				.newBuilder(URI.create(base + "/api/v1/jurisdictions/resolve?city=Rabat&category=ONLINE_FRAUD"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(open.statusCode()).as(open.body()).isNotIn(401, 403);
		}
	}

	private static ConfigurableApplicationContext startWithSignOn(EmbeddedOidcProvider provider) {
		List<String> args = new ArrayList<>(List.of("--spring.profiles.active=local,oidc", "--server.port=0",
				"--iblagh.kafka.brokers=" + RoutingFixture.PORTS.kafkaBootstrap(),
				"--spring.mongodb.uri=" + RoutingFixture.PORTS.mongoUri() + "/iblagh-routing-oidc",
				// the other tests own the consumer group: this instance only serves HTTP
				"--spring.cloud.stream.default.consumer.auto-startup=false"));
		args.addAll(provider.serviceArguments());
		return new SpringApplicationBuilder(RoutingApplication.class).run(args.toArray(String[]::new));
	}

	private static HttpResponse<String> post(String url, String body, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return fx.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
