package org.iblagh.bench.abuse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.iblagh.bench.ProofOfWorkSolver;
import org.iblagh.bench.abuse.Endpoint.Access;
import org.iblagh.bench.abuse.Endpoint.BodyType;
import org.iblagh.bench.abuse.HostileRequest.Body;
import org.iblagh.bench.abuse.HostileRequest.Kind;
import org.iblagh.bench.abuse.HostileRequest.Multipart;

/**
 * Builds the hostile requests for an endpoint. Every request is meant to be refused:
 * where valid credentials and a real id are used to reach deeper code, the body or a
 * parameter is always invalid, so that nothing the run sends may change stored state.
 */
final class RequestFactory {

	/** Bodies above 40 MB cost seconds each: only a few of them per run. */
	private static final int GIANT_BODIES = 3;

	private final Payloads p;

	private final AbuseContext ctx;

	private final Set<String> catalogued;

	private int giantBodies;

	RequestFactory(Payloads payloads, AbuseContext ctx, List<Endpoint> endpoints) {
		this.p = payloads;
		this.ctx = ctx;
		this.catalogued = new java.util.HashSet<>();
		endpoints.forEach((e) -> this.catalogued.add(e.service() + " " + e.method() + " " + e.path()));
	}

	/** The kinds of abuse that make sense for an endpoint. */
	static List<Kind> kindsFor(Endpoint e) {
		List<Kind> kinds = new ArrayList<>(List.of(Kind.WRONG_METHOD, Kind.HUGE_HEADERS, Kind.HOSTILE_QUERY,
				Kind.BROKEN_PROTOCOL, Kind.CONTROL_CHARS_ID));
		if (e.path().contains("{")) {
			kinds.add(Kind.PATH_TRAVERSAL_ID);
		}
		switch (e.access()) {
			case INVESTIGATOR, SUPERVISOR -> kinds.addAll(List.of(Kind.FORGED_BASIC, Kind.NO_CREDENTIALS));
			case OFFICE ->
				kinds.addAll(List.of(Kind.FORGED_BASIC, Kind.NO_CREDENTIALS, Kind.FORGED_API_KEY, Kind.OTHER_OFFICE));
			case CONSOLE_SESSION -> kinds.add(Kind.FORGED_SESSION);
			case OFFICE_SESSION -> kinds.addAll(List.of(Kind.FORGED_SESSION, Kind.OTHER_OFFICE));
			case RECEIPT -> kinds.add(Kind.INVALID_RECEIPT);
			default -> {
			}
		}
		if (e.body() != BodyType.NONE) {
			kinds.addAll(List.of(Kind.OVERSIZED_BODY, Kind.WRONG_CONTENT_TYPE, Kind.SCRIPT_IN_TEXT, Kind.SQL_IN_TEXT,
					Kind.NOSQL_OPERATORS));
			if (e.body() != BodyType.FORM) {
				kinds.addAll(List.of(Kind.MALFORMED_JSON, Kind.WRONG_JSON_TYPES));
			}
		}
		if (e.body() == BodyType.REPORT) {
			kinds.addAll(List.of(Kind.INVALID_PROOF_OF_WORK, Kind.MALFORMED_MULTIPART, Kind.HOSTILE_FILE_NAME));
		}
		if (e.body() == BodyType.MESSAGE) {
			kinds.addAll(List.of(Kind.MALFORMED_MULTIPART, Kind.HOSTILE_FILE_NAME));
		}
		return kinds;
	}

	/**
	 * How often a kind is drawn after the first pass: a forged password costs the server
	 * a bcrypt hash (by design), so those are few.
	 */
	static double weight(Kind kind) {
		return switch (kind) {
			case FORGED_BASIC -> 0.12;
			case BROKEN_PROTOCOL, HUGE_HEADERS -> 0.5;
			default -> 1.0;
		};
	}

	HostileRequest build(Endpoint e, Kind kind) {
		return switch (kind) {
			case FORGED_API_KEY ->
				request(e, kind, e.method(), realPath(e), List.of("X-Api-Key: " + forgedKey()), emptyBodyFor(e));
			case FORGED_BASIC -> request(e, kind, e.method(), realPath(e), forgedBasic(e), emptyBodyFor(e));
			case NO_CREDENTIALS -> request(e, kind, e.method(), realPath(e), List.of(), emptyBodyFor(e));
			case OTHER_OFFICE -> otherOffice(e);
			case FORGED_SESSION -> forgedSession(e);
			case WRONG_METHOD -> wrongMethod(e);
			case PATH_TRAVERSAL_ID -> authed(e, kind, e.method(), hostilePath(e), List.of(), emptyBodyFor(e));
			case CONTROL_CHARS_ID -> controlChars(e);
			case HOSTILE_QUERY ->
				authed(e, kind, e.method(), realPath(e) + "?" + hostileQuery(e), List.of(), emptyBodyFor(e));
			case HUGE_HEADERS -> hugeHeaders(e);
			case BROKEN_PROTOCOL -> brokenProtocol(e);
			case INVALID_RECEIPT -> invalidReceipt(e);
			case INVALID_PROOF_OF_WORK -> invalidProof(e);
			case MALFORMED_MULTIPART -> malformedMultipart(e);
			case HOSTILE_FILE_NAME -> hostileFileName(e);
			case OVERSIZED_BODY -> oversized(e);
			case WRONG_CONTENT_TYPE -> wrongContentType(e);
			case MALFORMED_JSON -> withBody(e, kind, malformedJson(), "application/json");
			case WRONG_JSON_TYPES -> withBody(e, kind, Body.of(wrongTypes(e)), "application/json");
			case NOSQL_OPERATORS -> (e.body() == BodyType.FORM) ? form(e, kind, Payloads.encode(p.pick(Payloads.NOSQL)))
					: withBody(e, kind, Body.of(nosql(e)), "application/json");
			case SCRIPT_IN_TEXT -> text(e, kind, this.p.pick(Payloads.SCRIPTS));
			case SQL_IN_TEXT -> text(e, kind, this.p.pick(Payloads.SQL));
		};
	}

	// ---- credentials and sessions

	/**
	 * Valid credentials of the endpoint's audience, so that the request reaches its code.
	 */
	private List<String> auth(Endpoint e) {
		List<String> headers = new ArrayList<>();
		switch (e.access()) {
			case INVESTIGATOR -> headers.add("Authorization: " + AbuseContext.ANALYST);
			case SUPERVISOR -> headers.add("Authorization: " + AbuseContext.SUPERVISOR);
			case OFFICE -> headers.add(this.p.random().nextBoolean() ? "X-Api-Key: " + this.ctx.keyA
					: "Authorization: " + basic(this.ctx.officeA + ":" + this.ctx.keyA));
			case RECEIPT -> headers.add("X-Receipt: " + this.ctx.receiptA);
			case CONSOLE_SESSION -> headers.addAll(session(this.ctx.console, e));
			case OFFICE_SESSION -> headers.addAll(session(this.ctx.office, e));
			default -> {
			}
		}
		if (e.body() == BodyType.REPORT) {
			headers.add("X-Proof-Of-Work: " + this.ctx.proof);
		}
		return headers;
	}

	private static List<String> session(AbuseContext.Session session, Endpoint e) {
		List<String> headers = new ArrayList<>();
		headers.add("Cookie: " + session.cookie());
		if (!"GET".equals(e.method())) {
			headers.add("X-CSRF-TOKEN: " + session.csrf());
		}
		return headers;
	}

	private String forgedKey() {
		return switch (this.p.random().nextInt(9)) {
			case 0 -> java.util.HexFormat.of().formatHex(bytes(32));
			case 1 -> this.ctx.keyA + "x";
			case 2 -> this.ctx.keyA.substring(0, this.ctx.keyA.length() - 1);
			case 3 -> this.ctx.keyA.toUpperCase(java.util.Locale.ROOT);
			case 4 -> "{\"$gt\":\"\"}";
			case 5 -> "' OR '1'='1";
			case 6 -> "k".repeat(6000);
			case 7 -> this.ctx.officeA;
			default -> Base64.getEncoder().encodeToString(bytes(24));
		};
	}

	private List<String> forgedBasic(Endpoint e) {
		String value = switch (this.p.random().nextInt(10)) {
			case 0 -> basic("analyst:wrong-" + this.p.random().nextInt(1000));
			case 1 -> basic(this.ctx.officeA + ":" + this.ctx.keyA + "0");
			case 2 -> basic(this.ctx.officeB + ":" + this.ctx.keyA);
			case 3 -> "Basic !!!not-base64!!!";
			case 4 -> basic("no-colon-at-all");
			case 5 -> "Basic ";
			case 6 -> "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJzdXBlcnZpc29yIiwicm9sZXMiOlsiU1VQRVJWSVNPUiJdfQ.";
			case 7 -> "Digest username=\"supervisor\", response=\"0\"";
			// a real user without the role the endpoint needs
			case 8 -> (e.access() == Access.SUPERVISOR) ? AbuseContext.ANALYST : "Basic "
					+ Base64.getEncoder().encodeToString((this.ctx.officeA + ":" + this.ctx.keyA).getBytes());
			default -> basic("{\"$gt\":\"\"}:{\"$gt\":\"\"}");
		};
		if (e.access() == Access.OFFICE && value.equals(basic(this.ctx.officeA + ":" + this.ctx.keyA))) {
			value = AbuseContext.ANALYST;
		}
		return List.of("Authorization: " + value);
	}

	private HostileRequest otherOffice(Endpoint e) {
		String path = e.path()
			.replace("{officeId}", this.ctx.officeB)
			.replace("{referralId}", this.ctx.referralB)
			.replace("{reportId}", this.ctx.reportB)
			.replace("{id}", "w-" + this.p.random().nextInt(1000));
		List<String> headers = new ArrayList<>();
		if (e.access() == Access.OFFICE_SESSION) {
			headers.addAll(session(this.ctx.office, e));
		}
		else {
			headers.add(this.p.random().nextBoolean() ? "X-Api-Key: " + this.ctx.keyA
					: "Authorization: " + basic(this.ctx.officeA + ":" + this.ctx.keyA));
		}
		Body body = emptyBodyFor(e);
		String contentType = null;
		if (e.path().endsWith("/instructions")) {
			body = (e.body() == BodyType.FORM)
					? Body.of("decision=OPEN_INVESTIGATION&text=" + Payloads.encode("ouvrir " + this.p.text()))
					: Body.of("{\"decision\":\"OPEN_INVESTIGATION\",\"text\":" + Payloads.json("ouvrir") + "}");
			contentType = (e.body() == BodyType.FORM) ? "application/x-www-form-urlencoded" : "application/json";
		}
		else if (e.path().endsWith("/webhooks") && "POST".equals(e.method())) {
			// never a reachable URL: a webhook that got through must not call anything
			body = Body.of("{\"url\":\"http://127.0.0.1:9/never\"}");
			contentType = "application/json";
		}
		if (contentType != null) {
			headers.add("Content-Type: " + contentType);
		}
		return new HostileRequest(e, Kind.OTHER_OFFICE, e.method(), path, headers, body,
				e.access() != Access.OFFICE_SESSION);
	}

	private HostileRequest forgedSession(Endpoint e) {
		List<String> headers = new ArrayList<>();
		AbuseContext.Session real = (e.access() == Access.CONSOLE_SESSION) ? this.ctx.console : this.ctx.office;
		switch (this.p.random().nextInt(5)) {
			case 0 -> headers.add("Cookie: JSESSIONID=" + java.util.HexFormat.of().formatHex(bytes(16)).toUpperCase());
			case 1 -> headers
				.add("Cookie: JSESSIONID=" + Payloads.rawUtf8(this.p.text()).replace("\r", "").replace("\n", ""));
			case 2 -> {
				// a real session without its CSRF token, or with a forged one
				headers.add("Cookie: " + real.cookie());
				headers.add("X-CSRF-TOKEN: " + Base64.getEncoder().encodeToString(bytes(48)));
			}
			case 3 -> {
				headers.add("Cookie: " + real.cookie());
			}
			default -> headers.add("Cookie: JSESSIONID=" + real.cookie().substring("JSESSIONID=".length()) + "0");
		}
		String path = e.path().contains("{referralId}") ? e.path().replace("{referralId}", this.ctx.referralA)
				: hostilePath(e);
		Body body = null;
		if (!"GET".equals(e.method())) {
			body = Body.of(e.path().endsWith("/instructions") ? "decision=OPEN_INVESTIGATION&text=forged"
					: e.path().endsWith("/decision") ? "action=DISMISS&reason=forged" : "x=1");
			headers.add("Content-Type: application/x-www-form-urlencoded");
		}
		return new HostileRequest(e, Kind.FORGED_SESSION, e.method(), path, headers, body, false);
	}

	// ---- paths, methods, headers, protocol

	/** The path with report A's, office A's and their other real ids. */
	private String realPath(Endpoint e) {
		if (e.path().contains("/claim") || e.path().contains("/acknowledge")) {
			// with a real id and valid credentials these would be valid actions
			return hostilePath(e);
		}
		return e.path()
			.replace("{reportId}", this.ctx.reportA)
			.replace("{evidenceId}", this.ctx.evidenceA)
			.replace("{officeId}", this.ctx.officeA)
			.replace("{referralId}", this.ctx.referralA)
			.replace("{reporterRef}", "RR-" + this.p.random().nextInt(100000))
			.replace("{deliveryId}", "d-" + this.p.random().nextInt(100000))
			.replace("{id}", "w-" + this.p.random().nextInt(100000));
	}

	private String hostilePath(Endpoint e) {
		String path = e.path();
		while (path.contains("{")) {
			int start = path.indexOf('{');
			int end = path.indexOf('}', start);
			path = path.substring(0, start) + this.p.id() + path.substring(end + 1);
		}
		return path;
	}

	private HostileRequest wrongMethod(Endpoint e) {
		List<String> methods = new ArrayList<>(
				List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "FOO", "CONNECT"));
		methods.remove(e.method());
		String method;
		do {
			method = this.p.pick(methods);
		}
		while (this.catalogued.contains(e.service() + " " + method + " " + e.path()));
		// no body: an answer to a body-less wrong method must still be a 4xx
		Body body = List.of("POST", "PUT", "PATCH").contains(method) ? Body.of("{}") : null;
		List<String> headers = new ArrayList<>(List.of("Content-Type: application/json"));
		return authed(e, Kind.WRONG_METHOD, method,
				(e.path().contains("{") && this.p.random().nextBoolean()) ? hostilePath(e) : realPath(e), headers,
				body);
	}

	private HostileRequest controlChars(Endpoint e) {
		String raw = Payloads.rawUtf8(this.p.pick(Payloads.RAW_IDS));
		String path = e.path().contains("{")
				? e.path().replaceFirst("\\{[^}]+\\}", java.util.regex.Matcher.quoteReplacement(raw))
				: e.path() + (e.path().endsWith("/") ? "" : "/") + raw;
		path = realPathOf(path);
		return authed(e, Kind.CONTROL_CHARS_ID, e.method(), path, List.of(), emptyBodyFor(e));
	}

	private String realPathOf(String template) {
		return template.replace("{reportId}", this.ctx.reportA)
			.replace("{evidenceId}", this.ctx.evidenceA)
			.replace("{officeId}", this.ctx.officeA)
			.replace("{referralId}", this.ctx.referralA)
			.replace("{reporterRef}", "RR-1")
			.replace("{deliveryId}", "d-1")
			.replace("{id}", "w-1");
	}

	private String hostileQuery(Endpoint e) {
		List<String> names = switch (e.path()) {
			case "/api/v1/queue", "/console" -> List.of("status", "priority", "category", "page", "size");
			case "/api/v1/audit", "/console/audit" -> List.of("reportId", "actor", "page", "size");
			case "/api/v1/jurisdictions/resolve" -> List.of("city", "province", "category", "offenceClass");
			case "/api/v1/offices/{officeId}/referrals", "/api/v1/offices/{officeId}/stream" ->
				List.of("since", "limit");
			case "/api/v1/offices/{officeId}/webhook-deliveries" -> List.of("limit");
			case "/api/v1/webhooks/dead-letters" -> List.of("includeReplayed");
			case "/internal/reporters/{reporterRef}" -> List.of("reason");
			case "/console/reports/{reportId}" -> List.of("reveal", "lang");
			default -> List.of("lang");
		};
		StringBuilder query = new StringBuilder();
		for (String name : names) {
			if (query.length() > 0) {
				query.append('&');
			}
			String value = switch (this.p.random().nextInt(8)) {
				case 0 -> "99999999999999999999999";
				case 1 -> "-1";
				case 2 -> "NaN";
				case 3 -> Payloads.encode(this.p.pick(Payloads.NOSQL));
				case 4 -> "%00";
				case 5 -> Payloads.encode("x".repeat(3000));
				default -> Payloads.encode(this.p.text());
			};
			query.append(name).append('=').append(value);
			if (this.p.random().nextInt(4) == 0) {
				query.append('&').append(name).append("[$gt]=&").append(name).append('=').append("2");
			}
		}
		if (this.p.random().nextInt(5) == 0) {
			query.append("&__proto__[polluted]=1&constructor.prototype.x=1&%00=1&a[]=1&a[b]=2");
		}
		return query.toString();
	}

	private HostileRequest hugeHeaders(Endpoint e) {
		List<String> headers = new ArrayList<>();
		switch (this.p.random().nextInt(5)) {
			case 0 -> headers.add("X-Big: " + "A".repeat(9_000));
			case 1 -> headers.add("X-Bigger: " + "B".repeat(70_000));
			case 2 -> {
				for (int i = 0; i < 300; i++) {
					headers.add("X-Many-" + i + ": " + i);
				}
			}
			case 3 -> headers.add("Cookie: " + "c=1; ".repeat(4000));
			default -> headers.add("Accept-Language: " + "ar-MA;q=0.9,".repeat(1500));
		}
		return authed(e, Kind.HUGE_HEADERS, e.method(), realPath(e), headers, emptyBodyFor(e));
	}

	private HostileRequest brokenProtocol(Endpoint e) {
		String path = realPath(e);
		List<String> headers = new ArrayList<>();
		Body body = null;
		String method = e.method();
		String target = path;
		switch (this.p.random().nextInt(10)) {
			case 0 -> target = path + " HTTP/1.1 extra";
			case 1 -> target = "http://evil.invalid" + path;
			case 2 -> headers.add("Host: " + Payloads.rawUtf8("<script>\u0000"));
			case 3 -> {
				headers.add("Content-Length: 5");
				headers.add("Content-Length: 50");
				body = Body.of("hello");
			}
			case 4 -> {
				headers.add("Transfer-Encoding: chunked");
				body = Body.of("zz\r\nhello\r\n0\r\n\r\n");
			}
			case 5 -> {
				headers.add("Content-Length: 4");
				headers.add("Transfer-Encoding: chunked");
				body = Body.of("0\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n");
			}
			case 6 -> headers.add("Header-Without-Colon");
			case 7 -> headers.add("X-Folded: a\r\n folded");
			case 8 -> method = "G\u0000T";
			default -> headers.add("X-Nul" + "\u0000" + ": 1");
		}
		headers.addAll(auth(e));
		return new HostileRequest(e, Kind.BROKEN_PROTOCOL, method, target, headers, body, false);
	}

	// ---- receipts and proofs

	private HostileRequest invalidReceipt(Endpoint e) {
		String receipt = Payloads.rawUtf8(this.p.pick(Payloads.RECEIPTS));
		List<String> headers = new ArrayList<>();
		if (!receipt.isEmpty() || this.p.random().nextBoolean()) {
			headers.add("X-Receipt: " + receipt);
		}
		Body body = null;
		if (e.body() == BodyType.MESSAGE) {
			headers.add("Content-Type: application/json");
			body = Body.of("{\"text\":" + Payloads.json("Bonjour " + this.p.text()) + "}");
		}
		return new HostileRequest(e, Kind.INVALID_RECEIPT, e.method(), realPath(e), headers, body, false);
	}

	/**
	 * The challenge of a solved proof with the next nonce that does not meet its
	 * difficulty. The next nonce alone meets it once in 2^difficulty (1 in 256 locally),
	 * and then this hostile submission would be a valid one.
	 */
	static String unsolved(String proof) {
		int colon = proof.lastIndexOf(':');
		String challenge = proof.substring(0, colon);
		String[] parts = challenge.split("\\.");
		String prefix = parts[3];
		int difficulty = Integer.parseInt(parts[2]);
		for (long nonce = Long.parseLong(proof.substring(colon + 1)) + 1;; nonce++) {
			if (!ProofOfWorkSolver.meets(prefix, nonce, difficulty)) {
				return challenge + ":" + nonce;
			}
		}
	}

	private HostileRequest invalidProof(Endpoint e) {
		List<String> headers = new ArrayList<>();
		String proof = switch (this.p.random().nextInt(4)) {
			case 0 -> null;
			// the challenge of a proof solved with another nonce
			case 1 -> unsolved(this.ctx.proof);
			default -> Payloads.rawUtf8(this.p.pick(Payloads.POW));
		};
		if (proof != null) {
			headers.add("X-Proof-Of-Work: " + proof);
		}
		headers.add("Content-Type: application/json");
		// an otherwise valid report: only the proof stands between it and the database
		String report = "{\"category\":\"ONLINE_FRAUD\",\"description\":"
				+ Payloads.json("Faux vendeur en ligne, paiement sans livraison " + this.p.text())
				+ ",\"anonymous\":true,\"consent\":true}";
		return new HostileRequest(e, Kind.INVALID_PROOF_OF_WORK, e.method(), realPath(e), headers, Body.of(report),
				false);
	}

	// ---- bodies

	/**
	 * A report that validation must refuse whatever else is in it, with {@code injected}
	 * in its text fields.
	 */
	private String invalidReport(String injected) {
		String description = Payloads.json("Signalement " + injected + " " + "x".repeat(20));
		return switch (this.p.random().nextInt(4)) {
			case 0 -> "{\"description\":" + description + ",\"anonymous\":true,\"consent\":false}";
			case 1 -> "{\"description\":" + description + ",\"consent\":true}";
			case 2 ->
				"{\"description\":" + description + ",\"anonymous\":false,\"consent\":true,\"reporter\":{\"fullName\":"
						+ Payloads.json(injected) + "}}";
			default -> "{\"description\":" + Payloads.json(injected.substring(0, Math.min(5, injected.length())))
					+ ",\"anonymous\":true,\"consent\":true,\"place\":{\"city\":" + Payloads.json(injected) + "}}";
		};
	}

	/** A body for the endpoint that its validation refuses, carrying {@code text}. */
	private String invalidJsonFor(Endpoint e, String text) {
		String t = Payloads.json(text);
		return switch (e.path()) {
			case "/api/v1/reports" -> invalidReport(text);
			case "/api/v1/follow-up/messages" -> "{\"text\":" + Payloads.json(text + "m".repeat(5001)) + "}";
			case "/api/v1/reports/{reportId}/decision" ->
				"{\"action\":" + t + ",\"message\":" + t + ",\"reason\":" + t + ",\"place\":{\"city\":" + t + "}}";
			case "/api/v1/referrals/{referralId}/instructions" -> "{\"decision\":" + t + ",\"text\":" + t + "}";
			case "/api/v1/offices/{officeId}/webhooks" -> "{\"url\":" + Payloads.json("javascript:" + text) + "}";
			case "/api/v1/reports/{reportId}/legal-hold" -> "{\"hold\":" + t + "}";
			case "/api/v1/routings/{reportId}/override" ->
				"{\"reason\":" + t + ",\"prosecutorOfficeId\":" + t + ",\"policeUnitId\":" + t + "}";
			default -> "{\"value\":" + t + "}";
		};
	}

	private HostileRequest text(Endpoint e, Kind kind, String payload) {
		if (e.body() == BodyType.FORM) {
			return form(e, kind, Payloads.encode(payload));
		}
		if (e.body() == BodyType.MESSAGE) {
			// a message with script is a valid message: here it comes with a wrong
			// receipt
			List<String> headers = new ArrayList<>(List.of("Content-Type: application/json", "X-Receipt: "
					+ (1000_0000_0000_0000L + Math.floorMod(this.p.random().nextLong(), 8000_0000_0000_0000L))));
			return new HostileRequest(e, kind, e.method(), realPath(e), headers,
					Body.of("{\"text\":" + Payloads.json(payload) + "}"), false);
		}
		return withBody(e, kind, Body.of(invalidJsonFor(e, payload)), "application/json");
	}

	private HostileRequest form(Endpoint e, Kind kind, String encodedPayload) {
		String body = switch (e.path()) {
			case "/console/login" -> "username=" + encodedPayload + "&password=" + encodedPayload;
			case "/office/login" -> "officeId=" + encodedPayload + "&key=" + encodedPayload;
			case "/console/reports/{reportId}/decision" -> "action=" + encodedPayload + "&message=" + encodedPayload
					+ "&reason=" + encodedPayload + "&city=" + encodedPayload;
			case "/office/referrals/{referralId}/instructions" ->
				"decision=" + encodedPayload + "&text=" + encodedPayload;
			default -> "x=" + encodedPayload;
		};
		String path = e.path().contains("claim") || e.path().contains("acknowledge") ? hostilePath(e) : realPath(e);
		if (e.path().equals("/office/referrals/{referralId}/instructions") && this.p.random().nextBoolean()) {
			path = hostilePath(e);
		}
		return authed(e, kind, e.method(), path, List.of("Content-Type: application/x-www-form-urlencoded"),
				Body.of(body));
	}

	private HostileRequest withBody(Endpoint e, Kind kind, Body body, String contentType) {
		return authed(e, kind, e.method(), safePath(e), List.of("Content-Type: " + contentType), body);
	}

	/** Real ids where a valid body could not change anything; hostile ids elsewhere. */
	private String safePath(Endpoint e) {
		return (e.path().contains("/claim") || e.path().contains("/acknowledge")) ? hostilePath(e) : realPath(e);
	}

	private Body malformedJson() {
		return switch (this.p.random().nextInt(18)) {
			case 0 -> Body.of("{\"description\":\"abc");
			case 1 -> Body.of("{");
			case 2 -> Body.of("{\"a\":}");
			case 3 -> Body.of("{'description':'single quotes'}");
			case 4 -> Body.of("{\"a\":1,}");
			case 5 -> Body.of("[".repeat(20_000));
			case 6 -> Body.of("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
			case 7 -> Body.of("{\"a\":1}{\"b\":2}");
			case 8 -> Body.of(concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, "{\"text\":\"bom\"}"));
			case 9 -> Body.of(concat("{\"text\":\"a".getBytes(StandardCharsets.UTF_8),
					new byte[] { 0, (byte) 0xC3, 0x28, (byte) 0xFF }, "\"}".getBytes(StandardCharsets.UTF_8)));
			case 10 -> Body.of("null");
			case 11 -> Body.of("\"a string\"");
			case 12 -> Body.of("[]");
			case 13 -> Body.of("");
			case 14 -> Body.of("{\"n\":1e999999999,\"m\":" + "9".repeat(5000) + "}");
			case 15 -> Body.of("{\"text\":\"\\ud800\\udfff\\ud800\",\"decision\":\"\\u0000\"}");
			case 16 -> Body.of("{\"text\":\"a\",\"text\":\"b\",\"description\":1,\"description\":{}}");
			default ->
				Body.of("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
		};
	}

	private String wrongTypes(Endpoint e) {
		List<String> options = switch (e.path()) {
			case "/api/v1/reports" -> List.of(
					"{\"description\":12345678901234567890123,\"anonymous\":true,\"consent\":false}",
					"{\"description\":\"" + "x".repeat(30) + "\",\"anonymous\":\"false\",\"consent\":\"yes\"}",
					"{\"description\":[\"a\"],\"consent\":1}", "{\"contentLocations\":\"http://x\",\"consent\":true}",
					"{\"suspectIdentifiers\":{\"type\":\"PHONE\"},\"consent\":true}",
					"{\"place\":\"Rabat\",\"description\":\"" + "y".repeat(30) + "\",\"anonymous\":true}",
					"{\"occurredAt\":\"2026-13-45T99:99:99Z\",\"anonymous\":true,\"consent\":true}",
					"{\"occurredAt\":1e300,\"consent\":true}", "{\"reporter\":[],\"anonymous\":false,\"consent\":true}",
					"{\"anonymous\":null,\"consent\":null,\"description\":null}",
					"{\"suspectIdentifiers\":[null,1,\"x\",[]],\"consent\":true}");
			// no numbers or booleans where text is expected: Jackson reads them as text
			case "/api/v1/follow-up/messages" ->
				List.of("{\"text\":[\"a\"]}", "{\"text\":null}", "{\"text\":{\"a\":1}}", "{\"text\":[]}");
			case "/api/v1/reports/{reportId}/decision" -> List.of("{\"action\":[\"REFER\"]}", "{\"action\":7}",
					"{\"action\":\"REFER\",\"place\":\"Rabat\",\"offenceClass\":\"MURDER\"}",
					"{\"action\":\"DISMISS\",\"reason\":[1,2]}",
					"{\"action\":\"REFER\",\"category\":\"NOT_A_CATEGORY\"}");
			case "/api/v1/referrals/{referralId}/instructions" ->
				List.of("{\"decision\":1,\"text\":\"t\"}", "{\"decision\":\"OPEN_INVESTIGATION\",\"text\":{}}",
						"{\"decision\":[],\"text\":[]}", "{\"decision\":\"OPEN_INVESTIGATION\",\"text\":\"   \"}");
			case "/api/v1/offices/{officeId}/webhooks" -> List.of("{\"url\":1}", "{\"url\":[\"http://127.0.0.1:9\"]}",
					"{\"url\":null}", "{\"url\":\"file:///etc/passwd\"}", "{\"url\":\"http:///no-host\"}",
					"{\"url\":\"gopher://127.0.0.1:9/_\"}", "{\"url\":\"http://[::1\"}");
			case "/api/v1/reports/{reportId}/legal-hold" ->
				List.of("{\"hold\":\"yes\"}", "{\"hold\":[1]}", "{\"hold\":null}", "{\"hold\":[true]}", "{}");
			case "/api/v1/routings/{reportId}/override" -> List.of("{\"reason\":[]}", "{\"reason\":{}}",
					"{\"reason\":\"  \",\"prosecutorOfficeId\":\"TPI-RABAT\"}", "{\"prosecutorOfficeId\":{}}");
			default -> List.of("{\"a\":[]}", "[1,2,3]", "42");
		};
		return this.p.pick(options);
	}

	private String nosql(Endpoint e) {
		String op = this.p.pick(Payloads.NOSQL);
		return switch (e.path()) {
			case "/api/v1/reports" ->
				this.p.pick(List.of("{\"description\":" + op + ",\"anonymous\":true,\"consent\":true}",
						"{\"description\":\"" + "z".repeat(30) + "\",\"category\":" + op
								+ ",\"anonymous\":true,\"consent\":true,\"place\":{\"city\":" + op + "}}",
						"{\"$set\":{\"status\":\"REFERRED\"},\"consent\":true}",
						"{\"description.$\":1,\"anonymous\":true,\"consent\":" + op + "}"));
			case "/api/v1/follow-up/messages" -> "{\"text\":" + op + "}";
			case "/api/v1/reports/{reportId}/decision" -> "{\"action\":" + op + ",\"place\":{\"city\":" + op + "}}";
			case "/api/v1/referrals/{referralId}/instructions" -> "{\"decision\":" + op + ",\"text\":" + op + "}";
			case "/api/v1/offices/{officeId}/webhooks" -> "{\"url\":" + op + "}";
			case "/api/v1/reports/{reportId}/legal-hold" -> "{\"hold\":" + op + "}";
			case "/api/v1/routings/{reportId}/override" -> "{\"reason\":" + op + ",\"prosecutorOfficeId\":" + op + "}";
			default -> "{\"$where\":" + op + "}";
		};
	}

	private HostileRequest oversized(Endpoint e) {
		if (e.body() == BodyType.REPORT && this.giantBodies < GIANT_BODIES) {
			this.giantBodies++;
			// above the 50 MB file limit, or above the 210 MB request limit
			long fill = (this.giantBodies == 2) ? 211L * 1024 * 1024 : 51L * 1024 * 1024;
			Multipart mp = new Multipart("abuse-giant-" + this.giantBodies).json("report", invalidReport("gros"));
			String head = new String(mp.open(), StandardCharsets.UTF_8) + "--" + mp.boundary
					+ "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"big.png\"\r\n"
					+ "Content-Type: image/png\r\n\r\n";
			String tail = "\r\n--" + mp.boundary + "--\r\n";
			return authed(e, Kind.OVERSIZED_BODY, e.method(), realPath(e), List.of("Content-Type: " + mp.contentType()),
					Body.streamed(head.getBytes(StandardCharsets.UTF_8), fill, tail.getBytes(StandardCharsets.UTF_8)));
		}
		if (e.body() == BodyType.FORM) {
			byte[] prefix = (e.path().endsWith("/login") ? "username=a&password=" : "action=X&message=")
				.getBytes(StandardCharsets.UTF_8);
			return authed(e, Kind.OVERSIZED_BODY, e.method(), safePath(e),
					List.of("Content-Type: application/x-www-form-urlencoded"),
					Body.streamed(prefix, 3 * 1024 * 1024, new byte[0]));
		}
		String field = switch (e.path()) {
			case "/api/v1/reports" -> "description";
			case "/api/v1/reports/{reportId}/decision" -> "message";
			case "/api/v1/routings/{reportId}/override" -> "reason";
			case "/api/v1/offices/{officeId}/webhooks" -> "url";
			default -> "text";
		};
		// just above the field's limit, or megabytes
		long limit = switch (e.path()) {
			case "/api/v1/reports" -> 20_000;
			case "/api/v1/reports/{reportId}/decision" -> 2_000;
			case "/api/v1/follow-up/messages", "/api/v1/referrals/{referralId}/instructions" -> 5_000;
			case "/api/v1/routings/{reportId}/override" -> 1_000;
			default -> 1024 * 1024;
		};
		long fill = this.p.random().nextBoolean() ? limit + 1
				: 2L * 1024 * 1024 + this.p.random().nextInt(4 * 1024 * 1024);
		String prefix = switch (e.path()) {
			case "/api/v1/reports" -> "{\"anonymous\":true,\"consent\":true,\"description\":\"";
			case "/api/v1/reports/{reportId}/decision" -> "{\"action\":\"REQUEST_INFO\",\"message\":\"";
			case "/api/v1/referrals/{referralId}/instructions" -> "{\"decision\":\"OPEN_INVESTIGATION\",\"text\":\"";
			case "/api/v1/routings/{reportId}/override" ->
				"{\"prosecutorOfficeId\":\"" + this.ctx.officeA + "\",\"reason\":\"";
			default -> "{\"" + field + "\":\"";
		};
		return authed(e, Kind.OVERSIZED_BODY, e.method(), safePath(e), List.of("Content-Type: application/json"),
				Body.streamed(prefix.getBytes(StandardCharsets.UTF_8), fill, "\"}".getBytes(StandardCharsets.UTF_8)));
	}

	private HostileRequest wrongContentType(Endpoint e) {
		String type = Payloads.rawUtf8(this.p.pick(Payloads.CONTENT_TYPES));
		List<String> headers = new ArrayList<>();
		if (this.p.random().nextInt(6) > 0) {
			headers.add("Content-Type: " + type);
		}
		String body = (e.body() == BodyType.FORM) ? "{\"username\":\"analyst\"}" : invalidJsonFor(e, "type");
		return authed(e, Kind.WRONG_CONTENT_TYPE, e.method(), safePath(e), headers, Body.of(body));
	}

	private HostileRequest malformedMultipart(Endpoint e) {
		String boundary = "abuse-" + this.p.random().nextInt(1_000_000);
		String report = (e.body() == BodyType.REPORT) ? invalidReport("multipart") : null;
		byte[] body;
		String contentType = "multipart/form-data; boundary=" + boundary;
		Multipart mp = new Multipart(boundary);
		if (report != null) {
			mp.json("report", report);
		}
		else {
			mp.part("form-data; name=\"text\"", "text/plain", ("x".repeat(5001)).getBytes(StandardCharsets.UTF_8));
		}
		switch (this.p.random().nextInt(8)) {
			// no closing boundary: the body is cut short
			case 0 -> body = mp.file("a.png", "image/png", AbuseContext.pngBytes()).open();
			case 1 -> {
				body = mp.close();
				contentType = "multipart/form-data; boundary=other-boundary";
			}
			case 2 -> {
				body = new Multipart(boundary).file("a.png", "image/png", new byte[10]).close();
			}
			case 3 -> body = new Multipart(boundary)
				.part("form-data; name=\"report\"", "application/json", "{not json".getBytes(StandardCharsets.UTF_8))
				.close();
			case 4 -> body = new Multipart(boundary).part("form-data", null, "no name".getBytes(StandardCharsets.UTF_8))
				.close();
			case 5 -> {
				byte[] whole = mp.file("a.png", "image/png", AbuseContext.pngBytes()).close();
				body = java.util.Arrays.copyOf(whole, whole.length / 2);
			}
			case 6 -> {
				for (int i = 0; i < 12; i++) {
					mp.file("f" + i + ".png", "image/png", AbuseContext.pngBytes());
				}
				body = mp.close();
			}
			default -> {
				body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"report\"\r\n"
						+ "Content-Type: application/json\r\n" + "X-Junk: " + "j".repeat(20_000) + "\r\n\r\n{}\r\n--"
						+ boundary + "--\r\n")
					.getBytes(StandardCharsets.UTF_8);
			}
		}
		HostileRequest request = authed(e, Kind.MALFORMED_MULTIPART, e.method(), realPath(e),
				List.of("Content-Type: " + contentType), Body.of(body));
		return request;
	}

	private HostileRequest hostileFileName(Endpoint e) {
		String boundary = "abuse-" + this.p.random().nextInt(1_000_000);
		Multipart mp = new Multipart(boundary);
		if (e.body() == BodyType.REPORT) {
			mp.json("report", invalidReport("fichier"));
		}
		else {
			mp.part("form-data; name=\"text\"", "text/plain", "t".repeat(5001).getBytes(StandardCharsets.UTF_8));
		}
		String name = this.p.pick(Payloads.FILE_NAMES);
		String declared = this.p.pick(List.of("image/png", "application/x-msdownload", "text/html", "../../x", ""));
		mp.file(name, declared.isEmpty() ? null : declared, this.p.random().nextBoolean() ? AbuseContext.pngBytes()
				: "<html><script>window.__pwned=1</script></html>".getBytes(StandardCharsets.UTF_8));
		return authed(e, Kind.HOSTILE_FILE_NAME, e.method(), realPath(e), List.of("Content-Type: " + mp.contentType()),
				Body.of(mp.close()));
	}

	// ---- helpers

	private HostileRequest authed(Endpoint e, Kind kind, String method, String target, List<String> extra, Body body) {
		List<String> headers = new ArrayList<>(auth(e));
		headers.addAll(extra);
		return new HostileRequest(e, kind, method, target, headers, body, false);
	}

	private HostileRequest request(Endpoint e, Kind kind, String method, String target, List<String> headers,
			Body body) {
		List<String> all = new ArrayList<>(headers);
		if (body != null) {
			all.add("Content-Type: application/json");
		}
		return new HostileRequest(e, kind, method, target, all, body, false);
	}

	/**
	 * An invalid body for endpoints that read one, so a request never carries a valid
	 * one.
	 */
	private Body emptyBodyFor(Endpoint e) {
		return switch (e.body()) {
			case NONE -> null;
			case FORM -> Body.of("x=1");
			default -> Body.of("{}");
		};
	}

	private byte[] bytes(int n) {
		byte[] b = new byte[n];
		this.p.random().nextBytes(b);
		return b;
	}

	private static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] concat(byte[]... parts) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static byte[] concat(byte[] a, String b) {
		return concat(a, b.getBytes(StandardCharsets.UTF_8));
	}

}
