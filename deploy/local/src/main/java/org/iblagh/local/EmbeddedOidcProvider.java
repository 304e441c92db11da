package org.iblagh.local;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the production OIDC provider (Keycloak, realm {@code iblagh}) in tests:
 * an RSA key made at start, its JWKS, and tokens signed with it the way the realm signs
 * them (RS256, {@code kid}, {@code realm_access.roles}, {@code groups}, audience
 * {@code iblagh-api}). It also answers the authorization-code flow for one login at a
 * time ({@link #nextLogin}), so a test can sign in to a page like a browser would. Only
 * the JDK: it depends on nothing the service under test uses to check tokens.
 *
 * <p>
 * Paths are Keycloak's: {@code <issuer>/protocol/openid-connect/certs|auth|token}.
 */
public final class EmbeddedOidcProvider implements AutoCloseable {

	public static final String AUDIENCE = "iblagh-api";

	private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

	private final HttpServer server;

	private final KeyPair key;

	private final String keyId = UUID.randomUUID().toString();

	private final Map<String, Login> codes = new ConcurrentHashMap<>();

	private volatile Map<String, Object> nextLogin;

	private EmbeddedOidcProvider(HttpServer server, KeyPair key) {
		this.server = server;
		this.key = key;
	}

	/** Starts on a free loopback port. */
	public static EmbeddedOidcProvider start() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		EmbeddedOidcProvider provider = new EmbeddedOidcProvider(server, newRsaKey());
		String base = "/realms/iblagh/protocol/openid-connect";
		server.createContext(base + "/certs", provider::certs);
		server.createContext(base + "/auth", provider::authorize);
		server.createContext(base + "/token", provider::token);
		server.start();
		return provider;
	}

	public String issuer() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/realms/iblagh";
	}

	/**
	 * The properties a service needs to trust this provider, as the production profile
	 * reads them ({@code IBLAGH_OIDC_ISSUER} and the login client's secrets).
	 */
	public List<String> serviceArguments() {
		return List.of("--IBLAGH_OIDC_ISSUER=" + issuer(), "--IBLAGH_CONSOLE_CLIENT_SECRET=test-console-secret",
				"--IBLAGH_OFFICE_PORTAL_CLIENT_SECRET=test-office-portal-secret",
				"--IBLAGH_SERVICES_CLIENT_SECRET=test-services-secret");
	}

	/** A person's access token with these realm roles. */
	public String personToken(String username, String... roles) {
		return sign(claims(username, List.of(roles), List.of(), Instant.now().plus(Duration.ofMinutes(5))));
	}

	/** An office system's client-credentials token (role OFFICE, group /offices/id). */
	public String officeToken(String officeId) {
		return sign(claims("service-account-office-" + officeId.toLowerCase(), List.of("OFFICE"),
				List.of("/offices/" + officeId), Instant.now().plus(Duration.ofMinutes(5))));
	}

	/** A token that expired a minute ago. */
	public String expiredToken(String username, String... roles) {
		return sign(claims(username, List.of(roles), List.of(), Instant.now().minus(Duration.ofMinutes(1))));
	}

	/** A token with these claims as given (add {@code iss}, {@code exp}… yourself). */
	public String sign(Map<String, Object> claims) {
		return sign(claims, this.key.getPrivate(), this.keyId);
	}

	/** Same header and claims, signed by a key nobody published. */
	public String forged(Map<String, Object> claims) {
		return sign(claims, newRsaKey().getPrivate(), this.keyId);
	}

	/** The standard claims of a realm token. */
	public Map<String, Object> claims(String username, Collection<String> roles, Collection<String> groups,
			Instant expiresAt) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", issuer());
		claims.put("sub", UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString());
		claims.put("aud", List.of(AUDIENCE));
		claims.put("iat", expiresAt.minus(Duration.ofMinutes(5)).getEpochSecond());
		claims.put("exp", expiresAt.getEpochSecond());
		claims.put("preferred_username", username);
		claims.put("realm_access", Map.of("roles", new ArrayList<>(roles)));
		claims.put("groups", new ArrayList<>(groups));
		return claims;
	}

	/**
	 * The person the next authorization request signs in (their ID token gets these
	 * claims plus the client and nonce).
	 */
	public void nextLogin(String username, Collection<String> roles, Collection<String> groups) {
		this.nextLogin = claims(username, roles, groups, Instant.now().plus(Duration.ofMinutes(5)));
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void certs(HttpExchange exchange) throws IOException {
		RSAPublicKey publicKey = (RSAPublicKey) this.key.getPublic();
		String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + this.keyId
				+ "\",\"n\":\"" + B64URL.encodeToString(unsigned(publicKey.getModulus())) + "\",\"e\":\""
				+ B64URL.encodeToString(unsigned(publicKey.getPublicExponent())) + "\"}]}";
		respond(exchange, 200, "application/json", jwks);
	}

	/** Signs in {@link #nextLogin} at once and sends the browser back with a code. */
	private void authorize(HttpExchange exchange) throws IOException {
		Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
		Map<String, Object> person = this.nextLogin;
		if (person == null) {
			respond(exchange, 400, "text/plain", "no login prepared");
			return;
		}
		String code = UUID.randomUUID().toString();
		this.codes.put(code, new Login(person, query.get("client_id"), query.get("nonce")));
		String redirect = query.get("redirect_uri") + "?code=" + code + "&state="
				+ java.net.URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Location", redirect);
		exchange.sendResponseHeaders(302, -1);
		exchange.close();
	}

	private void token(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Map<String, String> request = form(body);
		if ("client_credentials".equals(request.get("grant_type"))) {
			// like the realm's iblagh-services client: its service account may fetch
			// evidence previews and nothing else
			String client = clientId(exchange, request);
			String token = sign(claims("service-account-" + client, List.of("EVIDENCE_PREVIEW"), List.of(),
					Instant.now().plus(Duration.ofMinutes(5))));
			respond(exchange, 200, "application/json",
					"{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
			return;
		}
		Login login = this.codes.remove(request.get("code"));
		if (login == null) {
			respond(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
			return;
		}
		Map<String, Object> idClaims = new LinkedHashMap<>(login.claims());
		idClaims.put("aud", List.of(login.clientId()));
		idClaims.put("azp", login.clientId());
		if (login.nonce() != null) {
			idClaims.put("nonce", login.nonce());
		}
		String response = "{\"access_token\":\"" + sign(login.claims()) + "\",\"id_token\":\"" + sign(idClaims)
				+ "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"openid\"}";
		respond(exchange, 200, "application/json", response);
	}

	/** The client, from HTTP Basic ({@code client_secret_basic}) or the form. */
	private static String clientId(HttpExchange exchange, Map<String, String> request) {
		String basic = exchange.getRequestHeaders().getFirst("Authorization");
		if (basic != null && basic.startsWith("Basic ")) {
			String pair = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8);
			return URLDecoder.decode(pair.substring(0, pair.indexOf(':')), StandardCharsets.UTF_8);
		}
		return request.getOrDefault("client_id", "unknown");
	}

	private static String sign(Map<String, Object> claims, PrivateKey privateKey, String keyId) {
		String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + keyId + "\"}";
		String signingInput = B64URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
				+ B64URL.encodeToString(Json.write(claims).getBytes(StandardCharsets.UTF_8));
		try {
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initSign(privateKey);
			signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
			return signingInput + "." + B64URL.encodeToString(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair newRsaKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] unsigned(BigInteger value) {
		byte[] bytes = value.toByteArray();
		return (bytes.length > 1 && bytes[0] == 0) ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
	}

	private static Map<String, String> form(String encoded) {
		Map<String, String> values = new LinkedHashMap<>();
		if (encoded == null || encoded.isEmpty()) {
			return values;
		}
		for (String pair : encoded.split("&")) {
			int eq = pair.indexOf('=');
			String name = (eq < 0) ? pair : pair.substring(0, eq);
			String value = (eq < 0) ? "" : pair.substring(eq + 1);
			values.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return values;
	}

	private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private record Login(Map<String, Object> claims, String clientId, String nonce) {
	}

	/** Just enough JSON for claims: strings, numbers, booleans, lists and maps. */
	private static final class Json {

		static String write(Object value) {
			StringBuilder out = new StringBuilder();
			write(value, out);
			return out.toString();
		}

		private static void write(Object value, StringBuilder out) {
			if (value == null) {
				out.append("null");
			}
			else if (value instanceof Number || value instanceof Boolean) {
				out.append(value);
			}
			else if (value instanceof Map<?, ?> map) {
				out.append('{');
				boolean first = true;
				for (Map.Entry<?, ?> entry : map.entrySet()) {
					out.append(first ? "" : ",");
					first = false;
					write(String.valueOf(entry.getKey()), out);
					out.append(':');
					write(entry.getValue(), out);
				}
				out.append('}');
			}
			else if (value instanceof Collection<?> items) {
				out.append('[');
				boolean first = true;
				for (Object item : items) {
					out.append(first ? "" : ",");
					first = false;
					write(item, out);
				}
				out.append(']');
			}
			else {
				out.append('"');
				for (char c : value.toString().toCharArray()) {
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
				out.append('"');
			}
		}

	}

}
