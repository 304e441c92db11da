package org.iblagh.bench.abuse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * The hostile values the generator draws from, with a fixed seed so that a run can be
 * repeated exactly.
 */
final class Payloads {

	/** Marks a script payload: set only if an injected script ran. */
	static final String PWNED_FLAG = "__pwned";

	/** Ids of elements an injected fragment would add to a page. */
	static final List<String> PWNED_IDS = List.of("pwned-b", "pwned-img", "pwned-svg", "pwned-a");

	static final List<String> SCRIPTS = List.of("<script>window.__pwned=1</script>",
			"<img src=x id=\"pwned-img\" onerror=\"window.__pwned=2\">", "<b id=\"pwned-b\">bold</b>",
			"<svg id=\"pwned-svg\" onload=\"window.__pwned=3\"></svg>", "\"><script>window.__pwned=4</script>",
			"'><a id=\"pwned-a\" href=\"javascript:window.__pwned=5\">x</a>", "javascript:window.__pwned=6",
			"</textarea></title></script><b id=\"pwned-b\">", "{{7*7}}${7*7}#{7*7}[[${7*7}]]",
			"<iframe srcdoc=\"<script>parent.__pwned=7</script>\"></iframe>", "&lt;b&gt; &amp;amp; &#x3C;script&#x3E;",
			"\u202Eexe.gnp\u202C <script>window.__pwned=8</script>");

	static final List<String> SQL = List.of("' OR '1'='1", "'; DROP TABLE reports; --",
			"1 UNION SELECT password FROM users", "\" OR \"\"=\"", "admin'--", "1; WAITFOR DELAY '0:0:5'--",
			"%' AND 1=1 AND '%'='");

	/** Operator objects as raw JSON, to put where a string or object is expected. */
	static final List<String> NOSQL = List.of("{\"$gt\":\"\"}", "{\"$ne\":null}", "{\"$regex\":\".*\"}",
			"{\"$where\":\"sleep(1000) || true\"}", "{\"$in\":[\"A\",\"B\"]}", "{\"$exists\":true}", "[{\"$gt\":\"\"}]",
			"{\"$expr\":{\"$eq\":[1,1]}}");

	/** NoSQL operators as text (query strings, ids). */
	static final List<String> NOSQL_TEXT = List.of("{\"$gt\":\"\"}", "[$ne]=1", "$where", "{$regex:.*}", ".*", "[$gt]=",
			"this.password.match(/.*/)");

	/**
	 * Path segments: traversal, encodings, control characters, direction overrides, NUL.
	 */
	static final List<String> ENCODED_IDS = List.of("..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
			"..%252F..%252Fetc%252Fpasswd", "....%2F%2F....%2F%2Fetc", "..;", "..%5C..%5Cwindows%5Cwin.ini", "%00",
			"R-1%00.json", "%0d%0aX-Injected:%201", "%E2%80%AEfdp.exe", "%C0%AE%C0%AE%2F", "%EF%BC%8E%EF%BC%8E",
			"%7B%22%24gt%22%3A%22%22%7D", "%24where", "*", "%2A", "%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E",
			"'%20OR%20'1'%3D'1", "%FF%FE", "%C3%28", "%F0%9F%92%A9", "R-" + "9".repeat(400), "a".repeat(3000), "%20",
			"~", "..", ".", "%2e", "CON", "NUL", "-1", "0x7fffffff", "null", "undefined", "%D9%A1%D9%A2%D9%A3");

	/** Raw bytes in the request line: the server must refuse them, not fail. */
	static final List<String> RAW_IDS = List.of("../../etc/passwd", "a\u0000b", "a b", "a\tb", "<script>", "\"quoted\"",
			"a\u001bb", "{\"$gt\":\"\"}", "a\\b", "%", "%zz", "a\u007fb");

	static final List<String> FILE_NAMES = List.of("../../../../etc/cron.d/evil", "..\\..\\windows\\system32\\x.dll",
			"/etc/passwd", "invoice\u202Egnp.exe", "a\u0000.png.exe", "a\r\nX-Injected: 1.png", "\u0007bell.png",
			"<script>window.__pwned=1</script>.png", "CON.png", "a".repeat(5000) + ".png", ".htaccess", "",
			"....//....//x.png", "%2e%2e%2fx.png", "ok\u200B.png", "\uFEFF.png");

	static final List<String> RECEIPTS = List.of("", "123", "123456789012345", "12345678901234567", "abcdefghijklmnop",
			"1234-5678-9012-3456", "' OR 1=1 --", "{\"$gt\":\"\"}",
			"\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668" + "\u0669\u0660\u0661\u0662\u0663\u0664\u0665\u0666",
			"0000000000000000", "9".repeat(5000), "1234567890123456\u0000", "-123456789012345", "1e15");

	static final List<String> POW = List.of("", ":", "abc", "v1.1.0.x.y:1", "v1.9999999999.0.00.sig:1",
			"v1.1.0.00.AAAA:12", ":123", "x:" + "9".repeat(30), "v1." + "9".repeat(380) + ":1", "x:-1", "x:1e3",
			"x:１２３", "v1.0.0.0.0.0:0", "{\"$gt\":\"\"}:1");

	static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
			"application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=",
			"application/json; charset=UTF-7", "application/json; charset=nope", "image/png", "*/*",
			"application/javascript", "application/json, text/html", "\u00ff\u00fe", "application/vnd.api+json");

	private final Random random;

	Payloads(long seed) {
		this.random = new Random(seed);
	}

	Random random() {
		return this.random;
	}

	<T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** A hostile text: script, SQL, NoSQL operator text, or mixtures, sometimes long. */
	String text() {
		return switch (this.random.nextInt(5)) {
			case 0 -> pick(SCRIPTS);
			case 1 -> pick(SQL);
			case 2 -> pick(NOSQL_TEXT);
			case 3 -> pick(SCRIPTS) + " " + pick(SQL) + " " + pick(FILE_NAMES);
			default -> pick(SCRIPTS).repeat(1 + this.random.nextInt(40));
		};
	}

	/** A path segment that is no real id. */
	String id() {
		return (this.random.nextInt(4) == 0) ? encode(text()) : pick(ENCODED_IDS);
	}

	static String json(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** UTF-8 bytes of a value as an ISO-8859-1 string: raw bytes in a header line. */
	static String rawUtf8(String value) {
		return new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
	}

}
