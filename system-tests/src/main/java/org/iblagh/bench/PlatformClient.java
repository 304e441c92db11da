package org.iblagh.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;

import javax.imageio.ImageIO;

import org.iblagh.local.StackPorts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Speaks the public contracts of API.md to a running platform, as citizens, investigators
 * and office systems do.
 */
public final class PlatformClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final StackPorts ports;

	private final Path dataDir;

	private final HttpClient http;

	private final String analyst = basic("analyst", "analyst");

	public PlatformClient(StackPorts ports, Path dataDir) {
		this.ports = ports;
		this.dataDir = dataDir;
		this.http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newFixedThreadPool(16))
			.build();
	}

	public HttpClient http() {
		return this.http;
	}

	public StackPorts ports() {
		return this.ports;
	}

	/** Submits a report (solving the proof of work first). */
	public HttpResponse<String> submit(String reportJson, byte[] evidence) throws IOException, InterruptedException {
		String proof = proofOfWork();
		HttpRequest.Builder request;
		if (evidence == null) {
			request = HttpRequest.newBuilder(uri(this.ports.intake(), "/api/v1/reports"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(reportJson));
		}
		else {
			request = multipart(uri(this.ports.intake(), "/api/v1/reports"), reportJson, evidence);
		}
		return send(request.header("X-Proof-Of-Work", proof));
	}

	public HttpResponse<String> refer(String reportId, String body) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(this.ports.triage(), "/api/v1/reports/" + reportId + "/decision"))
			.header("Content-Type", "application/json")
			.header("Authorization", this.analyst)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public HttpResponse<String> followUp(String receipt) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(this.ports.intake(), "/api/v1/follow-up"))
			.header("X-Receipt", receipt)
			.GET());
	}

	public HttpResponse<String> officeReferrals(String officeId, String since)
			throws IOException, InterruptedException {
		String query = (since != null) ? "?since=" + java.net.URLEncoder.encode(since, StandardCharsets.UTF_8) : "";
		return send(HttpRequest
			.newBuilder(uri(this.ports.notification(), "/api/v1/offices/" + officeId + "/referrals" + query))
			.header("X-Api-Key", officeKeys().get(officeId))
			.GET());
	}

	/** The keys the notification service wrote at start-up, as offices receive them. */
	public Map<String, String> officeKeys() throws IOException {
		Properties keys = new Properties();
		try (Reader reader = Files.newBufferedReader(this.dataDir.resolve("office-keys.properties"))) {
			keys.load(reader);
		}
		Map<String, String> result = new LinkedHashMap<>();
		keys.stringPropertyNames().stream().sorted().forEach((k) -> result.put(k, keys.getProperty(k)));
		return result;
	}

	public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	public URI uri(int port, String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	public String proofOfWork() throws IOException, InterruptedException {
		JsonNode challenge = JSON.readTree(send(HttpRequest.newBuilder(uri(this.ports.intake(), "/api/v1/challenges"))
			.POST(HttpRequest.BodyPublishers.noBody())).body());
		String prefix = challenge.get("prefix").asString();
		int difficulty = challenge.get("difficulty").asInt();
		return challenge.get("id").asString() + ":" + ProofOfWorkSolver.solve(prefix, difficulty);
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** Distinct screenshots drawn before a run; a file repeats after this many. */
	static final int SCREENSHOTS = 500;

	private static final java.util.Map<Integer, byte[]> screenshots = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Draws every screenshot up front, so that encoding PNGs during a run does not take
	 * CPU from the platform being measured (it took about 5 % of the load generator's).
	 */
	static void prepareScreenshots() {
		for (int i = 0; i < SCREENSHOTS; i++) {
			smallScreenshot(i);
		}
	}

	static byte[] smallScreenshot(int seed) {
		return screenshots.computeIfAbsent(Math.floorMod(seed, SCREENSHOTS), PlatformClient::drawScreenshot);
	}

	private static byte[] drawScreenshot(int seed) {
		BufferedImage image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(240, 240, 240));
		g.fillRect(0, 0, 240, 160);
		g.setColor(new Color((seed * 37) & 0xff, (seed * 91) & 0xff, 160));
		g.fillRoundRect(10, 20, 220, 50, 16, 16);
		g.setColor(Color.BLACK);
		g.drawString("SMS #" + seed + ": pay 500 MAD", 20, 110);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	private static HttpRequest.Builder multipart(URI uri, String reportJson, byte[] file) {
		String boundary = "iblagh-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"report\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + reportJson + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"screenshot.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(uri)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

}
