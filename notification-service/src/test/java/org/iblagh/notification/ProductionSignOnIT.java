package org.iblagh.notification;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.iblagh.contracts.Priority;
import org.iblagh.local.EmbeddedOidcProvider;
import org.iblagh.notification.referral.ReferralFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notification with production sign-on switched on (profile {@code oidc}, included by
 * {@code prod}) against the embedded stack and a stand-in OIDC provider: an office
 * system's client-credentials token sees and answers only its own office's referrals,
 * exactly as its key does, and a person of an office signs in to the office page.
 */
class ProductionSignOnIT {

	static final String OFFICE_A = "TPI-SALE";

	static final String OFFICE_B = "SP-SALE";

	static EmbeddedOidcProvider provider;

	static NotificationFixture fx;

	@BeforeAll
	static void start() throws Exception {
		provider = EmbeddedOidcProvider.start();
		List<String> args = new ArrayList<>(List.of("--spring.profiles.active=local,oidc"));
		provider.serviceArguments().forEach(args::add);
		fx = new NotificationFixture(args.toArray(String[]::new));
		fx.publish("report.routed.v1", ReferralFixture.routed("R-oidc", Priority.P3, OFFICE_A, OFFICE_B));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> get("/api/v1/offices/" + OFFICE_B + "/referrals", provider.officeToken(OFFICE_B)).body()
				.contains("R-oidc"));
	}

	@AfterAll
	static void stop() throws Exception {
		if (fx != null) {
			fx.close();
		}
		if (provider != null) {
			provider.close();
		}
	}

	@Test
	void anOfficeTokenReadsItsOwnReferralsAndNotAnotherOffices() throws Exception {
		HttpResponse<String> own = get("/api/v1/offices/" + OFFICE_A + "/referrals", provider.officeToken(OFFICE_A));
		assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
		assertThat(fx.json.readTree(own.body()).get("referrals")).singleElement()
			.satisfies((referral) -> assertThat(referral.get("referralId").asString())
				.isEqualTo("F-" + OFFICE_A + "-R-oidc"));

		HttpResponse<String> other = get("/api/v1/offices/" + OFFICE_B + "/referrals", provider.officeToken(OFFICE_A));
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(other.body()).contains("FORBIDDEN_OFFICE").doesNotContain("R-oidc");
		assertThat(get("/feeds/" + OFFICE_B + ".atom", provider.officeToken(OFFICE_A)).statusCode()).isEqualTo(403);
	}

	@Test
	void onlyTheOfficeAReferralWasSentToAnswersIt() throws Exception {
		String referral = "/api/v1/referrals/F-" + OFFICE_B + "-R-oidc/acknowledge";
		assertThat(post(referral, provider.officeToken(OFFICE_A)).statusCode()).isEqualTo(403);
		assertThat(post(referral, provider.personToken("karim", "SUPERVISOR")).statusCode()).isEqualTo(403);
		HttpResponse<String> acknowledged = post(referral, provider.officeToken(OFFICE_B));
		assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
	}

	@Test
	void withoutAValidTokenTheApiAnswers401() throws Exception {
		String path = "/api/v1/offices/" + OFFICE_A + "/referrals";
		assertThat(get(path, null).statusCode()).isEqualTo(401);
		assertThat(get(path, provider.expiredToken("service-account-office-x", "OFFICE")).statusCode()).isEqualTo(401);
		var claims = provider.claims("service-account-office-x", List.of("OFFICE"), List.of("/offices/" + OFFICE_A),
				java.time.Instant.now().plus(Duration.ofMinutes(5)));
		assertThat(get(path, provider.forged(claims)).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
	}

	@Test
	void supervisorsReadEveryFeedAndAnalystsNone() throws Exception {
		String path = "/api/v1/offices/" + OFFICE_A + "/referrals";
		assertThat(get(path, provider.personToken("karim", "SUPERVISOR")).statusCode()).isEqualTo(200);
		assertThat(get(path, provider.personToken("amina", "ANALYST")).statusCode()).isEqualTo(403);
	}

	@Test
	void officeKeysStillServeFeedReadersThatCannotSendATokenButLocalUsersAreGone() throws Exception {
		HttpResponse<String> byKey = fx.get("/api/v1/offices/" + OFFICE_A + "/referrals", OFFICE_A);
		assertThat(byKey.statusCode()).isEqualTo(200);
		assertThat(fx.get("/api/v1/offices/" + OFFICE_B + "/referrals", OFFICE_A).statusCode()).isEqualTo(403);
		HttpResponse<String> analyst = fx.http.send(fx.request("/api/v1/offices/" + OFFICE_A + "/referrals", null)
			.header("Authorization", "Basic YW5hbHlzdDphbmFseXN0")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(analyst.statusCode()).isEqualTo(401);
	}

	@Test
	void aPersonOfAnOfficeSignsInToTheOfficePageThroughTheProvider() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager())
			.build();
		HttpResponse<String> first = send(browser, fx.base() + "/office");
		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(first.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/oauth2/authorization/keycloak"));

		provider.nextLogin("office.tpi-sale", List.of("OFFICE"), List.of("/offices/" + OFFICE_A));
		HttpResponse<String> page = follow(browser, fx.base() + "/office");
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.uri().getPath()).isEqualTo("/office");
		assertThat(page.body()).contains("F-" + OFFICE_A + "-R-oidc").doesNotContain("F-" + OFFICE_B + "-R-oidc");
	}

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

	private static HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fx.base() + path))
			.timeout(Duration.ofSeconds(20))
			.GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return fx.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(String path, String token) throws Exception {
		return fx.http.send(HttpRequest.newBuilder(URI.create(fx.base() + path))
			.timeout(Duration.ofSeconds(20))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
