package org.iblagh.intake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.iblagh.intake.pow.ProofOfWork;
import org.iblagh.local.TestInfrastructure;
import org.iblagh.local.StackPorts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The intake service on a real embedded stack, and a client that talks to it like a
 * browser or script would.
 */
final class IntakeFixture implements AutoCloseable {

	static final StackPorts PORTS = StackPorts.defaults().shiftedBy(100);

	final JsonMapper json = JsonMapper.builder().build();

	final HttpClient http = HttpClient.newHttpClient();

	static final int SMTP_PORT = 3025 + (PORTS.intake() - 8081);

	private static IntakeFixture shared;

	final TestInfrastructure infrastructure;

	final ConfigurableApplicationContext app;

	final GreenMail mail;

	final Path data;

	final Path logFile;

	/**
	 * One stack and one service for all the integration tests of this module (they run in
	 * one JVM): starting them is most of the cost. Stopped when the JVM exits.
	 */
	static synchronized IntakeFixture shared() throws Exception {
		if (shared == null) {
			shared = new IntakeFixture();
			IntakeFixture started = shared;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (Exception ex) {
					// the JVM is going away
				}
			}));
		}
		return shared;
	}

	private IntakeFixture() throws Exception {
		this.data = Path.of("target", "it-data", UUID.randomUUID().toString()).toAbsolutePath();
		Files.createDirectories(this.data);
		this.logFile = this.data.resolve("intake.log");
		this.infrastructure = TestInfrastructure.start(this.data, PORTS);
		this.mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.mail.start();
		this.app = new SpringApplicationBuilder(IntakeApplication.class).run("--server.port=" + PORTS.intake(),
				"--iblagh.kafka.brokers=" + this.infrastructure.kafkaBootstrap(),
				"--spring.mongodb.uri=" + this.infrastructure.mongoUri() + "/iblagh-intake",
				"--iblagh.s3.endpoint=" + this.infrastructure.s3Endpoint(), "--iblagh.intake.pow-difficulty=4",
				// the fuzz and browser tests send far more than a person would
				"--iblagh.intake.abuse.submissions-per-minute=100000",
				"--iblagh.intake.abuse.wrong-receipts-per-minute=10", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + SMTP_PORT, "--iblagh.intake.mail.enabled=true",
				"--logging.file.name=" + this.logFile, "--logging.config=classpath:intake-it-logback.xml");
	}

	<T> T bean(Class<T> type) {
		return this.app.getBean(type);
	}

	/**
	 * A raw HTTP/1.1 exchange from a chosen local address (the JDK client cannot bind
	 * one), so that a test can be a distinct client.
	 * @return the status code and the whole response text
	 */
	static RawResponse raw(String localAddress, byte[] request) throws IOException {
		try (java.net.Socket socket = new java.net.Socket()) {
			socket.bind(new java.net.InetSocketAddress(localAddress, 0));
			socket.connect(new java.net.InetSocketAddress("127.0.0.1", PORTS.intake()), 5000);
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(request);
			socket.getOutputStream().flush();
			byte[] response = socket.getInputStream().readAllBytes();
			String text = new String(response, java.nio.charset.StandardCharsets.UTF_8);
			int status = (text.length() >= 12) ? Integer.parseInt(text.substring(9, 12)) : -1;
			return new RawResponse(status, text);
		}
	}

	static byte[] rawRequest(String method, String path, Map<String, String> headers, byte[] body) {
		StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
		headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
		head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
		byte[] start = head.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] all = java.util.Arrays.copyOf(start, start.length + body.length);
		System.arraycopy(body, 0, all, start.length, body.length);
		return all;
	}

	record RawResponse(int status, String text) {

		String header(String name) {
			for (String line : this.text.split("\r\n")) {
				if (line.isEmpty()) {
					break;
				}
				if (line.toLowerCase(java.util.Locale.ROOT).startsWith(name.toLowerCase(java.util.Locale.ROOT) + ":")) {
					return line.substring(name.length() + 1).strip();
				}
			}
			return null;
		}

		String body() {
			int start = this.text.indexOf("\r\n\r\n");
			return (start >= 0) ? this.text.substring(start + 4) : "";
		}

	}

	String base() {
		return "http://127.0.0.1:" + PORTS.intake();
	}

	String proof() throws IOException, InterruptedException {
		JsonNode challenge = this.json.readTree(post("/api/v1/challenges", "", Map.of()).body());
		String nonce = ProofOfWork.solve(challenge.get("prefix").asString(), challenge.get("difficulty").asInt());
		return challenge.get("id").asString() + ":" + nonce;
	}

	HttpResponse<String> submit(String reportJson, Map<String, String> headers)
			throws IOException, InterruptedException {
		return post("/api/v1/reports", reportJson, headers);
	}

	HttpResponse<String> post(String path, String body, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A file part of a multipart request. */
	record FilePart(String name, String fileName, String contentType, byte[] content) {
	}

	static final String BOUNDARY = "iblagh-test-boundary-7d1f";

	/**
	 * Builds a multipart/form-data body: an optional {@code report} JSON part, optional
	 * text fields and file parts.
	 */
	static byte[] multipartBody(String reportJson, Map<String, String> fields, List<FilePart> files) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
		if (reportJson != null) {
			out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"report\"\r\n"
					+ "Content-Type: application/json\r\n\r\n" + reportJson + "\r\n")
				.getBytes(utf8));
		}
		fields.forEach((k, v) -> out.writeBytes(
				("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n")
					.getBytes(utf8)));
		for (FilePart f : files) {
			out.writeBytes(
					("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f.name() + "\"; filename=\""
							+ f.fileName() + "\"\r\nContent-Type: " + f.contentType() + "\r\n\r\n")
						.getBytes(utf8));
			out.writeBytes(f.content());
			out.writeBytes("\r\n".getBytes(utf8));
		}
		out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(utf8));
		return out.toByteArray();
	}

	HttpResponse<String> postMultipart(String path, byte[] body, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
			.timeout(Duration.ofSeconds(30))
			.GET();
		headers.forEach(request::header);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Reads a topic from the start until the predicate has seen what it needs or time
	 * runs out.
	 */
	List<ConsumerRecord<String, byte[]>> readTopic(String topic, Duration timeout,
			java.util.function.Predicate<List<ConsumerRecord<String, byte[]>>> enough) {
		return org.iblagh.local.KafkaProbe.readTopic(PORTS.kafkaBootstrap(), topic, timeout, enough);
	}

	static String report(String description) {
		return """
				{"category":"ONLINE_FRAUD","description":"%s","language":"fr",
				 "suspectIdentifiers":[{"type":"PHONE","value":"06 12 34 56 78"}],
				 "place":{"city":"Rabat"},"anonymous":true,"consent":true}
				""".formatted(description);
	}

	@Override
	public void close() throws Exception {
		this.app.close();
		this.infrastructure.close();
		this.mail.stop();
	}

}
