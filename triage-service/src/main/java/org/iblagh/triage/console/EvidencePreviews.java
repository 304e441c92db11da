package org.iblagh.triage.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.iblagh.support.security.oidc.ServiceTokens;
import org.iblagh.triage.config.TriageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches blurred previews from evidence-service for the console, so the browser never
 * talks to evidence-service itself and every reveal is audited here.
 */
@Component
class EvidencePreviews {

	private static final Logger log = LoggerFactory.getLogger(EvidencePreviews.class);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	private final String base;

	private final String authorization;

	/** Production: the service's own token (client credentials) instead of a user. */
	private final ServiceTokens serviceTokens;

	EvidencePreviews(@Value("${iblagh.services.evidence:http://127.0.0.1:8082}") String base,
			TriageProperties properties, ObjectProvider<ServiceTokens> serviceTokens) {
		this.serviceTokens = serviceTokens.getIfAvailable();
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.authorization = (properties.evidenceUser() != null && !properties.evidenceUser().isBlank())
				? "Basic " + Base64.getEncoder()
					.encodeToString((properties.evidenceUser() + ":" + properties.evidencePassword())
						.getBytes(StandardCharsets.UTF_8))
				: null;
	}

	Optional<Preview> preview(String evidenceId) {
		try {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create(this.base + "/api/v1/evidence/"
						+ java.net.URLEncoder.encode(evidenceId, StandardCharsets.UTF_8) + "/preview"))
				.timeout(Duration.ofSeconds(10))
				.GET();
			if (this.serviceTokens != null) {
				request.header("Authorization", this.serviceTokens.authorizationHeader());
			}
			else if (this.authorization != null) {
				request.header("Authorization", this.authorization);
			}
			HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				log.warn("Evidence preview unavailable: HTTP {}", response.statusCode());
				return Optional.empty();
			}
			return Optional.of(new Preview(response.body(),
					response.headers().firstValue("Content-Type").orElse("application/octet-stream")));
		}
		catch (java.io.IOException ex) {
			log.warn("Evidence service unreachable: {}", ex.toString());
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	record Preview(byte[] bytes, String contentType) {
	}

}
