package org.iblagh.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends well over a thousand malformed requests (mutated JSON, wrong types, huge fields,
 * bad headers, broken multipart) from a client of its own and requires that none is
 * answered with a server error. The seed is fixed so a failure can be replayed.
 */
class MalformedRequestFuzzIT {

	static final String CLIENT = "127.0.0.3";

	static final String VALID = """
			{"category":"ONLINE_FRAUD","description":"Un faux vendeur de téléphones sur Facebook Marketplace",
			 "language":"fr","occurredAt":"2026-11-20T10:00:00Z",
			 "contentLocations":[{"url":"https://facebook.com/x","platform":"FACEBOOK"}],
			 "suspectIdentifiers":[{"type":"PHONE","value":"0612345678"}],
			 "place":{"city":"Rabat","province":"Rabat"},"anonymous":true,"consent":true}""";

	static final String[] TYPE_SWAPS = { "null", "1", "-1.5e308", "true", "[]", "{}", "\"\"", "[[[[[]]]]]", "\"x\"",
			"{\"a\":{\"b\":{\"c\":[]}}}", "\"\\u0000\"", "\"\\ud800\"" };

	static IntakeFixture fx;

	@BeforeAll
	static void start() throws Exception {
		fx = IntakeFixture.shared();
	}

	@Test
	void noMalformedRequestIsAServerError() throws Exception {
		Random random = new Random(20261128L);
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (int i = 0; i < 1100; i++) {
			Case c = nextCase(random, i);
			IntakeFixture.RawResponse response = IntakeFixture.raw(CLIENT, c.request());
			sent++;
			if (response.status() < 100 || response.status() >= 500) {
				failures.add(c.name() + " -> " + response.status() + " " + abbreviate(response.text()));
			}
		}
		assertThat(sent).isGreaterThanOrEqualTo(1000);
		assertThat(failures).isEmpty();
	}

	private Case nextCase(Random random, int i) throws Exception {
		int kind = i % 10;
		Map<String, String> headers = new LinkedHashMap<>();
		switch (kind) {
			case 0, 1, 2 -> {
				// JSON mutations with a valid proof, so validation itself is exercised
				headers.put("Content-Type", "application/json");
				headers.put("X-Proof-Of-Work", fx.proof());
				return new Case("json-mutation", IntakeFixture.rawRequest("POST", "/api/v1/reports", headers,
						mutate(VALID, random).getBytes(StandardCharsets.UTF_8)));
			}
			case 3 -> {
				headers.put("Content-Type", "application/json");
				headers.put("X-Proof-Of-Work", fx.proof());
				String field = pick(random, "description", "category", "language", "anonymous", "consent", "place",
						"contentLocations", "suspectIdentifiers", "occurredAt", "reporter");
				String value = (random.nextInt(4) == 0) ? "\"" + "ب".repeat(30_000 + random.nextInt(30_000)) + "\""
						: pick(random, TYPE_SWAPS);
				String body = VALID.replaceFirst("\\{", "{\"" + field + "\":" + value + ",");
				return new Case("type-swap " + field, IntakeFixture.rawRequest("POST", "/api/v1/reports", headers,
						body.getBytes(StandardCharsets.UTF_8)));
			}
			case 4 -> {
				headers.put("Content-Type",
						pick(random, "application/json", "text/plain", "application/xml", "multipart/form-data",
								"application/json; charset=ebcdic", "*/*", "application/x-www-form-urlencoded"));
				headers.put("X-Proof-Of-Work", pick(random, "", ":", "a:b", "v1.1.1.1.1:12", "x".repeat(500) + ":1",
						"v1.99999999999.0.abc.sig:1", "::::", "v1.1.4.ab.cd:-1"));
				if (random.nextBoolean()) {
					headers.put("Idempotency-Key", pick(random, " ", "k".repeat(300), "\u00e9t\u00e9", "ok-key"));
				}
				return new Case("bad-headers", IntakeFixture.rawRequest("POST", "/api/v1/reports", headers,
						VALID.getBytes(StandardCharsets.UTF_8)));
			}
			case 5 -> {
				headers.put("Content-Type", "multipart/form-data; boundary=" + IntakeFixture.BOUNDARY);
				headers.put("X-Proof-Of-Work", fx.proof());
				byte[] body = IntakeFixture.multipartBody(random.nextBoolean() ? mutate(VALID, random) : null,
						random.nextBoolean() ? Map.of("junk", "x") : Map.of(),
						List.of(new IntakeFixture.FilePart(pick(random, "evidence", "other"),
								pick(random, "a.png", "", "../../etc/passwd", "x".repeat(300)),
								pick(random, "image/png", "application/pdf", "nonsense", "text/plain"),
								randomBytes(random, random.nextInt(2000)))));
				if (random.nextInt(3) == 0) {
					body = java.util.Arrays.copyOf(body, random.nextInt(body.length));
				}
				return new Case("bad-multipart", IntakeFixture.rawRequest("POST", "/api/v1/reports", headers, body));
			}
			case 6 -> {
				headers.put("Content-Type", pick(random, "multipart/form-data", "multipart/form-data; boundary=",
						"multipart/form-data; boundary=other", "multipart/mixed; boundary=" + IntakeFixture.BOUNDARY));
				return new Case("broken-boundary", IntakeFixture.rawRequest("POST", "/api/v1/reports", headers,
						randomBytes(random, random.nextInt(5000))));
			}
			case 7 -> {
				headers.put("X-Receipt", pick(random, "", "1", "abcdefghijklmnop", "1".repeat(17), "１２３４５６７８９０１２３４５６",
						"0000 0000 0000 0000", "-000000000000001", "9".repeat(4000)));
				return new Case("bad-receipt",
						IntakeFixture.rawRequest("GET",
								"/api/v1/follow-up?lang=" + pick(random, "ar", "xx", "%00", "en-US", "a".repeat(100)),
								headers, new byte[0]));
			}
			case 8 -> {
				headers.put("X-Receipt", pick(random, "0000000000000000", "", "x"));
				headers.put("Content-Type", pick(random, "application/json",
						"multipart/form-data; boundary=" + IntakeFixture.BOUNDARY, "text/plain"));
				String body = pick(random, "{\"text\":" + pick(random, TYPE_SWAPS) + "}", "{\"text\":\"hi\"}", "[",
						"{\"text\":\"" + "x".repeat(10_000) + "\"}");
				return new Case("bad-message", IntakeFixture.rawRequest("POST", "/api/v1/follow-up/messages", headers,
						body.getBytes(StandardCharsets.UTF_8)));
			}
			default -> {
				String path = pick(random, "/api/v1/categories?lang=%ff", "/api/v1/challenges", "/api/v1/reports",
						"/internal/reporters/RP-X?reason=", "/api/v1/follow-up/messages", "/?lang=<script>",
						"/follow-up?lang=../../etc", "/api/v1/reports/..%2f..%2f", "/v3/api-docs");
				String method = pick(random, "GET", "POST", "PUT", "DELETE", "PATCH");
				return new Case(method + " " + path, IntakeFixture.rawRequest(method, path,
						Map.of("Content-Type", "application/json"), randomBytes(random, random.nextInt(300))));
			}
		}
	}

	/** Deletes, duplicates, swaps or corrupts a slice of the JSON text. */
	static String mutate(String json, Random random) {
		StringBuilder s = new StringBuilder(json);
		int mutations = 1 + random.nextInt(4);
		for (int m = 0; m < mutations && s.length() > 2; m++) {
			int at = random.nextInt(s.length());
			int len = Math.min(s.length() - at, 1 + random.nextInt(20));
			switch (random.nextInt(6)) {
				case 0 -> s.delete(at, at + len);
				case 1 -> s.insert(at, s.substring(at, at + len));
				case 2 -> s.insert(at, pick(random, "{", "}", "[", "]", "\"", ",", ":", "\\", "\u0000", "null"));
				case 3 -> s.setCharAt(at, (char) random.nextInt(0x3000));
				case 4 -> s.insert(at, pick(random, TYPE_SWAPS));
				default -> s.setLength(at);
			}
		}
		return s.toString();
	}

	static byte[] randomBytes(Random random, int size) {
		byte[] bytes = new byte[size];
		random.nextBytes(bytes);
		return bytes;
	}

	@SafeVarargs
	static <T> T pick(Random random, T... values) {
		return values[random.nextInt(values.length)];
	}

	static String abbreviate(String text) {
		return (text.length() > 300) ? text.substring(0, 300) : text;
	}

	record Case(String name, byte[] request) {
	}

}
