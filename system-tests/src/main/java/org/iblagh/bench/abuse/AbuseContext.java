package org.iblagh.bench.abuse;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iblagh.local.Poll;
import org.iblagh.bench.PlatformClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real things the hostile requests aim at, made through the public API as citizens,
 * analysts and offices do: two reports referred to two different offices (A and B),
 * report A carrying script and markup in every text field a page shows, a question and a
 * reply with the same payloads, an instruction from office A; and login sessions for the
 * console and office A's page.
 */
final class AbuseContext {

	/** What report A's description says; pages must show it literally. */
	static final String DESCRIPTION = "Arnaque au faux colis <script>window.__pwned=1</script>"
			+ "<img src=x id=\"pwned-img\" onerror=\"window.__pwned=2\"><b id=\"pwned-b\">gras</b> "
			+ "\u202Egnp.exe' OR '1'='1 {\"$gt\":\"\"} on m'a demande 25 dirhams par SMS";

	static final String QUESTION = "Question <svg id=\"pwned-svg\" onload=\"window.__pwned=3\"></svg> "
			+ "<b id=\"pwned-b\">quel numero ?</b>";

	static final String REPLY = "Reponse </p><script>window.__pwned=4</script><a id=\"pwned-a\" "
			+ "href=\"javascript:window.__pwned=5\">lien</a> 0661234567";

	static final String INSTRUCTION = "Instruction \"><script>window.__pwned=6</script><b id=\"pwned-b\">ouvrir</b>";

	static final String EVIDENCE_NAME = "<img src=x id=\"pwned-img\" onerror=\"window.__pwned=7\">\u202Egnp.exe";

	static final String REPLY_EVIDENCE_NAME = "../../../../etc/passwd<b id=\"pwned-b\">.png";

	static final String ANALYST = "Basic " + java.util.Base64.getEncoder().encodeToString("analyst:analyst".getBytes());

	static final String SUPERVISOR = "Basic "
			+ java.util.Base64.getEncoder().encodeToString("supervisor:supervisor".getBytes());

	static final JsonMapper JSON = JsonMapper.builder().build();

	final PlatformClient client;

	String reportA;

	String receiptA;

	String evidenceA;

	String reportB;

	String officeA;

	String keyA;

	String officeB;

	String keyB;

	String referralA;

	String referralB;

	String referralBStatus;

	/** A solved proof of work, never spent: hostile submissions are all refused. */
	String proof;

	Session console;

	Session office;

	/** Requests this preparation sent (valid ones, apart from the hostile count). */
	int validRequests;

	AbuseContext(PlatformClient client) {
		this.client = client;
	}

	/** Makes everything above; takes a few seconds of pipeline time. */
	AbuseContext prepare(Duration timeout) throws Exception {
		byte[] png = pngBytes();
		this.reportA = submitWithEvidence("""
				{"category":"ONLINE_FRAUD","language":"fr","description":%s,
				 "contentLocations":[{"url":%s,"platform":"FACEBOOK"}],
				 "suspectIdentifiers":[{"type":"OTHER","value":%s},{"type":"PHONE","value":"0661234567"}],
				 "place":{"city":"Rabat"},"anonymous":true,"consent":true}""".formatted(Payloads.json(DESCRIPTION),
				Payloads.json("https://example.ma/<script>window.__pwned=9</script>"),
				Payloads.json("<b id=\"pwned-b\">suspect</b>")), EVIDENCE_NAME, png);
		JsonNode b = submitJson("""
				{"category":"ONLINE_FRAUD","language":"fr",
				 "description":"Un faux site de livraison m'a pris 300 dirhams pour un colis jamais arrive",
				 "place":{"city":"Casablanca"},"anonymous":true,"consent":true}""");
		this.reportB = b.get("reportId").asString();
		await(timeout, "both reports in triage", () -> triageStatus(this.reportA) != null
				&& triageStatus(this.reportB) != null && this.evidenceA != null);
		HttpResponse<String> asked = decide(this.reportA,
				"{\"action\":\"REQUEST_INFO\",\"message\":" + Payloads.json(QUESTION) + "}");
		check(asked, 202, "request info");
		await(timeout, "the question reaches the reporter", () -> followUp().contains("pwned-svg"));
		check(replyWithEvidence(), 201, "reporter's reply");
		await(timeout, "the reply reaches triage", () -> triageView(this.reportA).path("messages").size() >= 2
				|| triageBody(this.reportA).contains("pwned-a"));
		check(decide(this.reportA, "{\"action\":\"REFER\",\"offenceClass\":\"DELIT\"}"), 202, "refer A");
		check(decide(this.reportB, "{\"action\":\"REFER\",\"offenceClass\":\"DELIT\"}"), 202, "refer B");
		Map<String, String> keys = this.client.officeKeys();
		await(timeout, "both reports routed",
				() -> routedOffice(this.reportA) != null && routedOffice(this.reportB) != null);
		this.officeA = routedOffice(this.reportA);
		this.officeB = routedOffice(this.reportB);
		if (this.officeA.equals(this.officeB)) {
			throw new IllegalStateException("Rabat and Casablanca went to the same office " + this.officeA);
		}
		this.keyA = keys.get(this.officeA);
		this.keyB = keys.get(this.officeB);
		await(timeout, "both referrals delivered", () -> referral(this.officeA, this.keyA, this.reportA) != null
				&& referral(this.officeB, this.keyB, this.reportB) != null);
		this.referralA = referral(this.officeA, this.keyA, this.reportA).get("referralId").asString();
		JsonNode referralBNode = referral(this.officeB, this.keyB, this.reportB);
		this.referralB = referralBNode.get("referralId").asString();
		this.referralBStatus = referralBNode.path("status").asString();
		HttpResponse<String> instructed = send(
				HttpRequest.newBuilder(uri("notification", "/api/v1/referrals/" + this.referralA + "/instructions"))
					.header("Content-Type", "application/json")
					.header("X-Api-Key", this.keyA)
					.POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"OPEN_INVESTIGATION\",\"text\":"
							+ Payloads.json(INSTRUCTION) + ",\"forReporter\":true}")));
		check(instructed, 200, "office A's instruction");
		await(timeout, "the instruction reaches triage", () -> triageBody(this.reportA).contains("ouvrir"));
		this.proof = proofOfWork();
		this.console = Session.login(this, "triage", "/console/login", "username", "analyst", "password", "analyst",
				"/console/reports/" + this.reportA);
		this.office = Session.login(this, "notification", "/office/login", "officeId", this.officeA, "key", this.keyA,
				"/office");
		return this;
	}

	java.net.URI uri(String service, String path) {
		return this.client.uri(port(service), path);
	}

	int port(String service) {
		return switch (service) {
			case "intake" -> this.client.ports().intake();
			case "evidence" -> this.client.ports().evidence();
			case "triage" -> this.client.ports().triage();
			case "routing" -> this.client.ports().routing();
			case "notification" -> this.client.ports().notification();
			default -> throw new IllegalArgumentException(service);
		};
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		this.validRequests++;
		return this.client.send(request);
	}

	/** The citizen's follow-up view of report A, as JSON text. */
	String followUp() throws IOException, InterruptedException {
		HttpResponse<String> r = send(
				HttpRequest.newBuilder(uri("intake", "/api/v1/follow-up")).header("X-Receipt", this.receiptA).GET());
		return (r.statusCode() == 200) ? r.body() : "";
	}

	private String submitWithEvidence(String reportJson, String fileName, byte[] file) throws Exception {
		HostileRequest.Multipart body = new HostileRequest.Multipart("abuse-" + System.nanoTime())
			.json("report", reportJson)
			.file(fileName, "image/png", file);
		HttpResponse<String> created = send(HttpRequest.newBuilder(uri("intake", "/api/v1/reports"))
			.header("Content-Type", body.contentType())
			.header("X-Proof-Of-Work", proofOfWork())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.close())));
		check(created, 201, "report A");
		JsonNode json = JSON.readTree(created.body());
		this.receiptA = json.get("receipt").asString();
		this.evidenceA = json.get("evidence").get(0).get("evidenceId").asString();
		return json.get("reportId").asString();
	}

	private JsonNode submitJson(String reportJson) throws Exception {
		HttpResponse<String> created = send(HttpRequest.newBuilder(uri("intake", "/api/v1/reports"))
			.header("Content-Type", "application/json")
			.header("X-Proof-Of-Work", proofOfWork())
			.POST(HttpRequest.BodyPublishers.ofString(reportJson)));
		check(created, 201, "report B");
		return JSON.readTree(created.body());
	}

	private HttpResponse<String> replyWithEvidence() throws Exception {
		String boundary = "abuse-" + System.nanoTime();
		HostileRequest.Multipart body = new HostileRequest.Multipart(boundary)
			.part("form-data; name=\"text\"", "text/plain; charset=UTF-8", REPLY.getBytes(StandardCharsets.UTF_8))
			.file(REPLY_EVIDENCE_NAME, "image/png", pngBytes());
		return send(HttpRequest.newBuilder(uri("intake", "/api/v1/follow-up/messages"))
			.header("Content-Type", body.contentType())
			.header("X-Receipt", this.receiptA)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.close())));
	}

	private HttpResponse<String> decide(String reportId, String body) throws Exception {
		return send(HttpRequest.newBuilder(uri("triage", "/api/v1/reports/" + reportId + "/decision"))
			.header("Content-Type", "application/json")
			.header("Authorization", ANALYST)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private String triageStatus(String reportId) throws Exception {
		JsonNode view = triageView(reportId);
		if (view == null) {
			return null;
		}
		if (reportId.equals(this.reportA) && view.path("evidence").size() == 0) {
			return null;
		}
		return view.path("status").asString();
	}

	private JsonNode triageView(String reportId) throws Exception {
		String body = triageBody(reportId);
		return body.isEmpty() ? null : JSON.readTree(body);
	}

	private String triageBody(String reportId) throws Exception {
		HttpResponse<String> r = send(HttpRequest.newBuilder(uri("triage", "/api/v1/reports/" + reportId))
			.header("Authorization", ANALYST)
			.GET());
		return (r.statusCode() == 200) ? r.body() : "";
	}

	private String routedOffice(String reportId) throws Exception {
		HttpResponse<String> r = send(HttpRequest.newBuilder(uri("routing", "/api/v1/routings/" + reportId)).GET());
		if (r.statusCode() != 200) {
			return null;
		}
		JsonNode office = JSON.readTree(r.body()).path("prosecutorOffice");
		return office.isMissingNode() || office.isNull() ? null : office.path("id").asString(null);
	}

	JsonNode referral(String officeId, String key, String reportId) throws Exception {
		HttpResponse<String> r = send(
				HttpRequest.newBuilder(uri("notification", "/api/v1/offices/" + officeId + "/referrals?limit=500"))
					.header("X-Api-Key", key)
					.GET());
		if (r.statusCode() != 200) {
			return null;
		}
		for (JsonNode item : JSON.readTree(r.body()).path("referrals")) {
			if (reportId.equals(item.path("reportId").asString(null))
					&& "PROSECUTOR".equals(item.path("addressee").asString("PROSECUTOR"))) {
				return item;
			}
		}
		return null;
	}

	/** Every referral id office {@code officeId} can list with {@code key}. */
	List<String> referralIds(String officeId, String key) throws Exception {
		HttpResponse<String> r = send(
				HttpRequest.newBuilder(uri("notification", "/api/v1/offices/" + officeId + "/referrals?limit=500"))
					.header("X-Api-Key", key)
					.GET());
		List<String> ids = new ArrayList<>();
		for (JsonNode item : JSON.readTree(r.body()).path("referrals")) {
			ids.add(item.path("referralId").asString());
			ids.add(item.path("reportId").asString());
		}
		return ids;
	}

	String proofOfWork() throws Exception {
		this.validRequests++;
		return this.client.proofOfWork();
	}

	private static void check(HttpResponse<String> response, int expected, String what) {
		if (response.statusCode() != expected) {
			throw new IllegalStateException(
					what + ": expected " + expected + ", got " + response.statusCode() + " " + response.body());
		}
	}

	/**
	 * A bounded wait for a condition of the platform's state (this runs outside tests
	 * too, where Awaitility is not on the class path).
	 */
	static void await(Duration timeout, String what, Callable<Boolean> condition) throws Exception {
		if (!Poll.untilChecked(timeout, Duration.ofMillis(250), () -> Boolean.TRUE.equals(condition.call()))) {
			throw new IllegalStateException("Timed out waiting for " + what);
		}
	}

	static byte[] pngBytes() {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = image.createGraphics();
		g.setColor(java.awt.Color.ORANGE);
		g.fillRect(4, 4, 56, 40);
		g.dispose();
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A login session of a page (cookie and a CSRF token), as a browser holds it. */
	record Session(String cookie, String csrf) {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

		static Session login(AbuseContext ctx, String service, String loginPath, String userField, String user,
				String passwordField, String password, String landing) throws Exception {
			HttpResponse<String> form = ctx.send(HttpRequest.newBuilder(ctx.uri(service, loginPath)).GET());
			String cookie = cookie(form, null);
			String token = csrf(form.body());
			String body = userField + "=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&" + passwordField + "="
					+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(token, StandardCharsets.UTF_8);
			HttpRequest.Builder post = HttpRequest.newBuilder(ctx.uri(service, loginPath))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body));
			if (cookie != null) {
				post.header("Cookie", cookie);
			}
			HttpResponse<String> loggedIn = ctx.send(post);
			cookie = cookie(loggedIn, cookie);
			HttpResponse<String> page = ctx
				.send(HttpRequest.newBuilder(ctx.uri(service, landing)).header("Cookie", cookie).GET());
			if (page.statusCode() != 200) {
				throw new IllegalStateException("Login to " + service + " failed: " + page.statusCode());
			}
			return new Session(cookie, csrf(page.body()));
		}

		private static String cookie(HttpResponse<String> response, String fallback) {
			for (String set : response.headers().allValues("Set-Cookie")) {
				if (set.startsWith("JSESSIONID=")) {
					return set.substring(0, set.indexOf(';') > 0 ? set.indexOf(';') : set.length());
				}
			}
			return fallback;
		}

		private static String csrf(String html) {
			Matcher m = CSRF.matcher(html);
			if (!m.find()) {
				throw new IllegalStateException("No CSRF token in the page");
			}
			return m.group(1);
		}

	}

}
