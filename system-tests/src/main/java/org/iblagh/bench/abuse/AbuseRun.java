package org.iblagh.bench.abuse;

import java.net.InetAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.iblagh.bench.PlatformClient;
import org.iblagh.bench.abuse.HostileRequest.Kind;
import tools.jackson.databind.JsonNode;

/**
 * The abuse run: prepares real targets through the public API, lists every endpoint,
 * sends a seeded stream of malformed and hostile requests at all of them, and checks that
 * none got a 5xx, none was accepted, no office read another's referral, nothing was
 * stored, and no HTML answer reflected markup unescaped. The rendered pages are checked
 * in a browser by the system test ({@code AbuseIT}).
 */
public final class AbuseRun {

	/**
	 * Where receipt guesses come from: the intake throttles this address, and only it.
	 */
	static final String GUESSING_ADDRESS = "127.0.0.66";

	/** Where every other hostile request comes from. */
	static final String HOSTILE_ADDRESS = "127.0.0.67";

	private static final int SAMPLES_PER_PROBLEM = 8;

	private final PlatformClient client;

	private final Path dataDir;

	public AbuseRun(PlatformClient client, Path dataDir) {
		this.client = client;
		this.dataDir = dataDir;
	}

	/** Options: how many hostile requests, the seed, concurrent connections. */
	public record Options(int requests, long seed, int connections) {

		public static Options defaults() {
			return new Options(10_000, 20261128L, 8);
		}

	}

	public AbuseResult run(Options options) throws Exception {
		AbuseContext ctx = new AbuseContext(this.client).prepare(Duration.ofSeconds(120));
		EndpointCatalog catalog = new EndpointCatalog();
		for (String service : List.of("intake", "evidence", "triage", "routing", "notification")) {
			HttpResponse<String> docs = ctx.send(HttpRequest.newBuilder(ctx.uri(service, "/v3/api-docs"))
				.header("Authorization", AbuseContext.SUPERVISOR)
				.GET());
			if (docs.statusCode() == 200 && docs.body().trim().startsWith("{")) {
				catalog.mergeOpenApi(service, AbuseContext.JSON.readTree(docs.body()));
			}
			else {
				catalog.noOpenApi(service, "HTTP " + docs.statusCode());
			}
		}
		List<Endpoint> endpoints = catalog.all();
		List<HostileRequest> requests = generate(endpoints, ctx, options);

		String mongoUri = this.client.ports().mongoUri();
		Path s3 = this.dataDir.resolve("s3");
		Map<String, Long> before = StoredState.settled(mongoUri, s3, Duration.ofSeconds(60));
		Tally tally = new Tally(ctx);
		long started = System.nanoTime();
		send(requests, ctx, options.connections(), tally);
		double seconds = (System.nanoTime() - started) / 1e9;
		Map<String, Long> after = StoredState.settled(mongoUri, s3, Duration.ofSeconds(30));
		Map<String, Long> changes = StoredState.delta(before, after);
		Map<String, Long> unexplained = unexplained(changes, tally);
		List<String> crossOffice = crossOfficeChecks(ctx, tally);

		List<String> uncovered = new ArrayList<>();
		Map<String, AbuseResult.EndpointStats> stats = new LinkedHashMap<>();
		for (Endpoint e : endpoints) {
			int[] s = tally.byEndpoint.getOrDefault(e.name(), new int[7]);
			stats.put(e.name(), new AbuseResult.EndpointStats(e.source(), s[0], s[2], s[3], s[4], s[5], s[1], s[6]));
			if (e.inApiMd() && s[0] == 0) {
				uncovered.add(e.name());
			}
		}
		Map<String, String> payloads = new LinkedHashMap<>();
		payloads.put("description", AbuseContext.DESCRIPTION);
		payloads.put("question", AbuseContext.QUESTION);
		payloads.put("reply", AbuseContext.REPLY);
		payloads.put("instruction", AbuseContext.INSTRUCTION);
		payloads.put("replyEvidenceName", AbuseContext.REPLY_EVIDENCE_NAME);
		AbuseResult.Target target = new AbuseResult.Target(ctx.reportA, ctx.receiptA, ctx.officeA, ctx.keyA,
				ctx.referralA, ctx.reportB, ctx.officeB, ctx.referralB, payloads);
		return new AbuseResult(requests.size(), ctx.validRequests, seconds, options.seed(), stats,
				new TreeMap<>(tally.byKind), tally.kindSeconds(), new TreeMap<>(tally.byStatus), tally.connect501.get(),
				new TreeMap<>(tally.problems), List.copyOf(tally.samples), uncovered, catalog.openApiSummary(), changes,
				unexplained, crossOffice, target);
	}

	/**
	 * First every kind once on every endpoint, then random endpoints and kinds until the
	 * count is reached; all drawn from one seeded generator.
	 */
	static List<HostileRequest> generate(List<Endpoint> endpoints, AbuseContext ctx, Options options) {
		Payloads payloads = new Payloads(options.seed());
		Random random = payloads.random();
		RequestFactory factory = new RequestFactory(payloads, ctx, endpoints);
		List<HostileRequest> requests = new ArrayList<>();
		for (Endpoint e : endpoints) {
			for (Kind kind : RequestFactory.kindsFor(e)) {
				requests.add(factory.build(e, kind));
			}
		}
		while (requests.size() < options.requests()) {
			Endpoint e = endpoints.get(random.nextInt(endpoints.size()));
			List<Kind> kinds = RequestFactory.kindsFor(e);
			Kind kind = kinds.get(random.nextInt(kinds.size()));
			if (random.nextDouble() < RequestFactory.weight(kind)) {
				requests.add(factory.build(e, kind));
			}
		}
		// the order is part of the seed too; shuffled so no endpoint is hammered alone
		Collections.shuffle(requests, random);
		return requests;
	}

	private void send(List<HostileRequest> requests, AbuseContext ctx, int connections, Tally tally) throws Exception {
		RawHttp guessing = new RawHttp(InetAddress.getByName(GUESSING_ADDRESS), 15_000);
		RawHttp hostile = new RawHttp(InetAddress.getByName(HOSTILE_ADDRESS), 15_000);
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(connections);
		try {
			for (int i = 0; i < connections; i++) {
				pool.submit(() -> {
					int n;
					while ((n = next.getAndIncrement()) < requests.size()) {
						HostileRequest r = requests.get(n);
						int port = ctx.port(r.endpoint().service());
						RawHttp http = guessesReceipt(r, ctx) ? guessing : hostile;
						tally.record(r, http.send(port, r.head(port), r.body()));
					}
					return null;
				});
			}
			pool.shutdown();
			if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
				throw new IllegalStateException("The abuse run did not finish in 10 minutes");
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static boolean guessesReceipt(HostileRequest r, AbuseContext ctx) {
		if (r.endpoint().access() != Endpoint.Access.RECEIPT) {
			return false;
		}
		return r.headers().stream().noneMatch((h) -> h.equals("X-Receipt: " + ctx.receiptA));
	}

	/**
	 * Changes no valid request explains: the hostile part sends none, so every change is
	 * unexplained except the audit trails, which record every access with valid
	 * credentials by design (bounded by the number of such requests).
	 */
	private static Map<String, Long> unexplained(Map<String, Long> changes, Tally tally) {
		Map<String, Long> unexplained = new TreeMap<>();
		changes.forEach((collection, delta) -> {
			String service = collection.startsWith("iblagh-") ? collection.substring(7, collection.indexOf('.')) : "";
			boolean audit = collection.contains("audit") || collection.contains("custody")
					|| collection.contains("reveal");
			if (!(audit && delta > 0
					&& delta <= tally.authenticated.getOrDefault(service, new AtomicInteger()).get())) {
				unexplained.put(collection, delta);
			}
		});
		return unexplained;
	}

	/** After the run: office B's referral untouched, and office A's feed without it. */
	private static List<String> crossOfficeChecks(AbuseContext ctx, Tally tally) throws Exception {
		List<String> lines = new ArrayList<>();
		JsonNode b = ctx.referral(ctx.officeB, ctx.keyB, ctx.reportB);
		String statusNow = (b != null) ? b.path("status").asString() : "missing";
		boolean instructed = b != null && !b.path("instruction").isNull() && !b.path("instruction").isMissingNode();
		lines.add("office B's referral status " + ctx.referralBStatus + " → " + statusNow
				+ (instructed ? ", INSTRUCTED by someone" : ", no instruction"));
		if (!ctx.referralBStatus.equals(statusNow) || instructed) {
			tally.problem("CROSS_OFFICE_WRITE", "notification", "OTHER_OFFICE", "referral " + ctx.referralB, 0,
					"office B's referral changed during the run: " + statusNow);
		}
		List<String> visibleToA = ctx.referralIds(ctx.officeA, ctx.keyA);
		boolean leaks = visibleToA.contains(ctx.referralB) || visibleToA.contains(ctx.reportB);
		lines.add("office A's feed lists " + visibleToA.size() / 2 + " referrals, office B's among them: " + leaks);
		if (leaks) {
			tally.problem("CROSS_OFFICE_READ", "notification", "OTHER_OFFICE", "feed of " + ctx.officeA, 200,
					"office A's feed lists office B's referral");
		}
		HttpResponse<String> own = ctx
			.send(HttpRequest.newBuilder(ctx.uri("notification", "/api/v1/referrals/" + ctx.referralA))
				.header("X-Api-Key", ctx.keyA)
				.GET());
		lines.add("control: office A reads its own referral → " + own.statusCode());
		if (own.statusCode() != 200) {
			tally.problem("CONTROL_FAILED", "notification", "-", "own referral", own.statusCode(),
					"office A cannot read its own referral: the cross-office refusals prove nothing");
		}
		lines.add("requests by office A at office B's data: " + tally.crossOffice.get() + ", refused: "
				+ tally.crossOfficeRefused.get());
		return lines;
	}

	/** Counts and judges every answer. */
	static final class Tally {

		private final AbuseContext ctx;

		final Map<String, int[]> byEndpoint = new ConcurrentHashMap<>();

		final Map<String, Integer> byKind = new ConcurrentHashMap<>();

		final Map<Integer, Integer> byStatus = new ConcurrentHashMap<>();

		final Map<String, Integer> problems = new ConcurrentHashMap<>();

		final List<AbuseResult.Sample> samples = Collections.synchronizedList(new ArrayList<>());

		final Map<String, AtomicInteger> authenticated = new ConcurrentHashMap<>();

		final AtomicInteger crossOffice = new AtomicInteger();

		final AtomicInteger connect501 = new AtomicInteger();

		final Map<String, Long> kindNanos = new ConcurrentHashMap<>();

		Map<String, Double> kindSeconds() {
			Map<String, Double> seconds = new TreeMap<>();
			this.kindNanos.forEach((k, v) -> seconds.put(k, Math.round(v / 1e7) / 100.0));
			return seconds;
		}

		final AtomicInteger crossOfficeRefused = new AtomicInteger();

		Tally(AbuseContext ctx) {
			this.ctx = ctx;
		}

		void record(HostileRequest r, RawHttp.Response response) {
			Endpoint e = r.endpoint();
			int status = response.status();
			synchronized (this) {
				int[] s = this.byEndpoint.computeIfAbsent(e.name(), (k) -> new int[7]);
				s[0]++;
				boolean connect = status == 501 && "CONNECT".equals(r.method());
				s[connect ? 6 : (status == 0) ? 1 : Math.min(5, status / 100)]++;
			}
			this.byKind.merge(r.kind().name(), 1, Integer::sum);
			this.kindNanos.merge(r.kind().name(), response.nanos(), Long::sum);
			this.byStatus.merge(status, 1, Integer::sum);
			if (r.headers()
				.stream()
				.anyMatch((h) -> h.startsWith("Authorization: ") || h.startsWith("X-Api-Key: ")
						|| h.startsWith("Cookie: "))) {
				this.authenticated.computeIfAbsent(e.service(), (k) -> new AtomicInteger()).incrementAndGet();
			}
			String request = r.method() + " " + shorten(r.target(), 100);
			// Tomcat's connector answers CONNECT with 501 before any application code
			// runs:
			// the RFC 9110 answer for a method a server does not support, counted apart
			if (status == 501 && "CONNECT".equals(r.method())) {
				this.connect501.incrementAndGet();
			}
			else if (status >= 500) {
				problem("SERVER_ERROR", e.name(), r.kind().name(), request, status, response.head(300));
			}
			if (status == 0 && !List
				.of(Kind.BROKEN_PROTOCOL, Kind.OVERSIZED_BODY, Kind.HUGE_HEADERS, Kind.MALFORMED_MULTIPART,
						Kind.CONTROL_CHARS_ID)
				.contains(r.kind())) {
				problem("NO_ANSWER", e.name(), r.kind().name(), request, status, response.head(200));
			}
			boolean mutating = !List.of("GET", "HEAD", "OPTIONS").contains(r.method());
			// a challenge is stateless and a hash-list reload stores nothing: both may
			// succeed whatever junk rides along
			if (status >= 200 && status < 300 && mutating && !e.path().equals("/api/v1/challenges")
					&& !e.path().equals("/api/v1/hash-lists/reload")) {
				problem("HOSTILE_REQUEST_ACCEPTED", e.name(), r.kind().name(), request, status, response.head(300));
			}
			if (r.crossOffice()) {
				this.crossOffice.incrementAndGet();
				// 429: the client was throttled after too many failed logins
				boolean refused = List.of(401, 403, 404, 429).contains(status);
				// a refusal may echo the path it refused; anything else must not name B's
				boolean leaked = !refused
						&& (response.body().contains(this.ctx.referralB) || response.body().contains(this.ctx.reportB));
				if (refused) {
					this.crossOfficeRefused.incrementAndGet();
				}
				if (leaked || (!refused && e.access() != Endpoint.Access.OFFICE_SESSION)) {
					problem("CROSS_OFFICE_READ", e.name(), r.kind().name(), request, status, response.head(300));
				}
			}
			String type = response.headers().getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
			if (type.contains("html") && reflectsMarkup(response.body())) {
				problem("REFLECTED_MARKUP", e.name(), r.kind().name(), request, status, response.head(300));
			}
		}

		/** Markup of the payloads, unescaped, in an HTML answer. */
		private static boolean reflectsMarkup(String body) {
			return body.contains("<script>window.__pwned")
					|| Payloads.PWNED_IDS.stream().anyMatch((id) -> body.contains("id=\"" + id + "\""));
		}

		void problem(String problem, String endpoint, String kind, String request, int status, String head) {
			int count = this.problems.merge(problem, 1, Integer::sum);
			if (count <= SAMPLES_PER_PROBLEM) {
				this.samples.add(new AbuseResult.Sample(problem, endpoint, kind, request, status, head));
			}
		}

		private static String shorten(String text, int max) {
			String printable = text.replaceAll("[\\x00-\\x1f\\x7f]", "?");
			return (printable.length() > max) ? printable.substring(0, max) + "…" : printable;
		}

	}

}
