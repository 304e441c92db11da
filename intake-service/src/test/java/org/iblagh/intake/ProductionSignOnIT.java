package org.iblagh.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.iblagh.local.EmbeddedOidcProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intake with production sign-on switched on (profile {@code oidc}, included by
 * {@code prod}): the citizen's API stays anonymous, the audited identity look-up takes
 * only an investigator's token.
 */
class ProductionSignOnIT {

	static EmbeddedOidcProvider provider;

	static ConfigurableApplicationContext app;

	static String base;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() throws Exception {
		IntakeFixture.shared();
		provider = EmbeddedOidcProvider.start();
		List<String> args = new ArrayList<>(List.of("--spring.profiles.active=local,oidc", "--server.port=0",
				"--iblagh.kafka.brokers=" + IntakeFixture.PORTS.kafkaBootstrap(),
				"--spring.mongodb.uri=" + IntakeFixture.PORTS.mongoUri() + "/iblagh-intake-oidc",
				"--iblagh.s3.endpoint=" + IntakeFixture.PORTS.s3Endpoint(),
				// the module's other tests own the consumer group: this instance only
				// serves HTTP
				"--spring.cloud.stream.default.consumer.auto-startup=false"));
		args.addAll(provider.serviceArguments());
		app = new SpringApplicationBuilder(IntakeApplication.class).run(args.toArray(String[]::new));
		base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
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
	void theIdentityLookUpWantsAnInvestigatorsToken() throws Exception {
		String path = "/internal/reporters/RP-UNKNOWN?reason=Need+to+call+the+victim";
		assertThat(get(path, null).statusCode()).isEqualTo(401);
		assertThat(get(path, "Basic YW5hbHlzdDphbmFseXN0").statusCode()).isEqualTo(401);
		assertThat(get(path, "Bearer " + provider.expiredToken("amina", "ANALYST")).statusCode()).isEqualTo(401);
		assertThat(get(path, "Bearer " + provider.officeToken("TPI-RABAT")).statusCode()).isEqualTo(403);
		// past security: an unknown reporter
		assertThat(get(path, "Bearer " + provider.personToken("amina", "ANALYST")).statusCode()).isNotIn(401, 403);
	}

	@Test
	void citizensStillNeedNoAccount() throws Exception {
		HttpResponse<String> categories = get("/api/v1/categories?lang=fr", null);
		assertThat(categories.statusCode()).isEqualTo(200);
		assertThat(categories.body()).contains("ONLINE_FRAUD");
		assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
