package org.iblagh.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.iblagh.bench.ProofOfWorkSolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client speaking the public contracts of API.md, as a citizen's browser, an
 * investigator's script or an office system would.
 */
final class Client {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Client() {
	}

	static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	static HttpRequest.Builder get(String url) {
		return HttpRequest.newBuilder(URI.create(url)).GET();
	}

	static HttpRequest.Builder postJson(String url, String body) {
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** Solves the intake's proof-of-work challenge as the portal's Web Worker does. */
	static String proofOfWork() throws IOException, InterruptedException {
		JsonNode challenge = json(send(postJson(SharedPlatform.url("intake", "/api/v1/challenges"), "")));
		String prefix = challenge.get("prefix").asString();
		int difficulty = challenge.get("difficulty").asInt();
		return challenge.get("id").asString() + ":" + ProofOfWorkSolver.solve(prefix, difficulty);
	}

	/** A multipart/form-data body with a JSON part "report" and file parts "evidence". */
	static HttpRequest.Builder multipart(String url, String reportJson, Map<String, byte[]> files) {
		String boundary = "iblagh-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"report\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + reportJson + "\r\n");
		files.forEach((name, content) -> {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"" + name
					+ "\"\r\nContent-Type: image/png\r\n\r\n");
			body.writeBytes(content);
			write(body, "\r\n");
		});
		write(body, "--" + boundary + "--\r\n");
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	static String sha256Hex(byte[] content) {
		return HexFormat.of().formatHex(sha256(content));
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] sha256(byte[] value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
