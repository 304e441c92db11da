package org.iblagh.triage;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iblagh.local.EmbeddedOidcProvider;
import org.iblagh.support.security.oidc.ServiceTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Triage with production sign-on switched on (profile {@code oidc}, which {@code prod}
 * includes) against the embedded stack and a stand-in OIDC provider: the API takes only
 * the realm's signed, current tokens with the right role, and the console signs in
 * through the provider.
 */
class ProductionSignOnIT {

	static EmbeddedOidcProvider provider;

	static ConfigurableApplicationContext app;

	static String base;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void start() throws Exception {
		TriageFixture stack = TriageFixture.shared();
		provider = EmbeddedOidcProvider.start();
		List<String> args = new ArrayList<>(List.of("--spring.profiles.active=local,oidc", "--server.port=0",
				"--iblagh.kafka.brokers=" + TriageFixture.PORTS.kafkaBootstrap(),
				"--spring.mongodb.uri=" + TriageFixture.PORTS.mongoUri() + "/iblagh-triage-oidc",
				// the module's other tests own the consumer group: this instance only
				// serves HTTP
				"--spring.cloud.stream.default.consumer.auto-startup=false"));
		args.addAll(provider.serviceArguments());
		app = new SpringApplicationBuilder(TriageApplication.class).run(args.toArray(String[]::new));
		base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
		assertThat(stack.app.isRunning()).isTrue();
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
		if (provider != null) {
			provider.close();
		}
	}

	@Test
	void anAnalystsTokenReadsTheQueue() throws Exception {
		HttpResponse<String> queue = get("/api/v1/queue", provider.personToken("amina", "ANALYST"));
		assertThat(queue.statusCode()).as(queue.headers().map().toString()).isEqualTo(200);
		assertThat(queue.body()).contains("\"content\"");
	}

	@Test
	void withoutATokenTheApiAnswers401AndHealthStaysOpen() throws Exception {
		assertThat(get("/api/v1/queue", null).statusCode()).isEqualTo(401);
		HttpResponse<String> health = get("/actuator/health", null);
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("UP");
	}

	@Test
	void theLocalUsersNoLongerOpenTheApi() throws Exception {
		assertThat(getWithAuthorization("/api/v1/queue", TriageFixture.ANALYST).statusCode()).isEqualTo(401);
	}

	@Test
	void aTokenWithoutAnInvestigatorsRoleIsForbidden() throws Exception {
		assertThat(get("/api/v1/queue", provider.officeToken("TPI-RABAT")).statusCode()).isEqualTo(403);
		assertThat(get("/api/v1/queue", provider.personToken("nobody")).statusCode()).isEqualTo(403);
	}

	@Test
	void onlySupervisorsReadTheAuditLog() throws Exception {
		assertThat(get("/api/v1/audit", provider.personToken("amina", "ANALYST")).statusCode()).isEqualTo(403);
		HttpResponse<String> audit = get("/api/v1/audit", provider.personToken("karim", "SUPERVISOR"));
		assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
	}

	@Test
	void expiredForgedForeignOrMisaddressedTokensAre401() throws Exception {
		assertThat(get("/api/v1/queue", provider.expiredToken("amina", "ANALYST")).statusCode()).isEqualTo(401);
		Map<String, Object> claims = provider.claims("amina", List.of("ANALYST"), List.of(),
				Instant.now().plus(Duration.ofMinutes(5)));
		assertThat(get("/api/v1/queue", provider.sign(claims)).statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/queue", provider.forged(claims)).statusCode()).isEqualTo(401);

		Map<String, Object> otherIssuer = new java.util.LinkedHashMap<>(claims);
		otherIssuer.put("iss", "http://127.0.0.1:1/realms/other");
		assertThat(get("/api/v1/queue", provider.sign(otherIssuer)).statusCode()).isEqualTo(401);

		Map<String, Object> otherAudience = new java.util.LinkedHashMap<>(claims);
		otherAudience.put("aud", List.of("another-api"));
		HttpResponse<String> misaddressed = get("/api/v1/queue", provider.sign(otherAudience));
		assertThat(misaddressed.statusCode()).isEqualTo(401);
		assertThat(misaddressed.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
	}

	@Test
	void theServiceGetsItsOwnTokenForCallingOtherServices() throws Exception {
		String authorization = app.getBean(ServiceTokens.class).authorizationHeader();
		assertThat(authorization).startsWith("Bearer ");
		// the realm's iblagh-services account may fetch evidence previews, nothing more:
		// the investigators' API refuses it
		assertThat(getWithAuthorization("/api/v1/queue", authorization).statusCode()).isEqualTo(403);
	}

	@Test
	void theConsoleSignsInThroughTheProviderAndKeepsItsRoles() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager())
			.build();
		HttpResponse<String> first = send(browser, base + "/console");
		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(first.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/oauth2/authorization/keycloak"));

		provider.nextLogin("amina", List.of("ANALYST"), List.of());
		HttpResponse<String> console = follow(browser, base + "/console");
		assertThat(console.statusCode()).as(console.body()).isEqualTo(200);
		assertThat(console.uri().getPath()).isEqualTo("/console");
		assertThat(console.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("form-action 'self' http://127.0.0.1:"));
		assertThat(send(browser, base + "/console/audit").statusCode()).isEqualTo(403);

		HttpClient officeBrowser = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager())
			.build();
		provider.nextLogin("office.tpi-rabat", List.of("OFFICE"), List.of("/offices/TPI-RABAT"));
		assertThat(follow(officeBrowser, base + "/console").statusCode()).isEqualTo(403);
	}

	/** Follows redirects like a browser (cookies included) until a page answers. */
	private static HttpResponse<String> follow(HttpClient browser, String url) throws Exception {
		HttpResponse<String> response = send(browser, url);
		for (int hop = 0; hop < 10 && response.statusCode() / 100 == 3; hop++) {
			URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
			response = send(browser, next.toString());
		}
		return response;
	}

	private static HttpResponse<String> send(HttpClient browser, String url) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		return getWithAuthorization(path, (token == null) ? null : "Bearer " + token);
	}

	private HttpResponse<String> getWithAuthorization(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
