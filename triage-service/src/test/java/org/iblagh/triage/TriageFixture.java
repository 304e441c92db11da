package org.iblagh.triage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.iblagh.contracts.Category;
import org.iblagh.contracts.ContentLocation;
import org.iblagh.contracts.EvidenceSecured;
import org.iblagh.contracts.IntegrationEvent;
import org.iblagh.contracts.Place;
import org.iblagh.contracts.ReportContent;
import org.iblagh.contracts.ReporterRef;
import org.iblagh.contracts.SecuredEvidence;
import org.iblagh.contracts.SuspectIdentifier;
import org.iblagh.local.TestInfrastructure;
import org.iblagh.local.StackPorts;
import org.iblagh.support.messaging.EventCodec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The triage service on a real embedded stack, started once for every integration test of
 * the module, and a client that talks to it like a script or another service would.
 * Public so feature packages' tests (statistics) share the one running stack.
 */
public final class TriageFixture {

	static final StackPorts PORTS = StackPorts.defaults().shiftedBy(300);

	public static final String ANALYST = basic("analyst", "analyst");

	public static final String SUPERVISOR = basic("supervisor", "supervisor");

	static final int CAMPAIGN_THRESHOLD = 3;

	private static TriageFixture shared;

	final JsonMapper json = JsonMapper.builder().build();

	final EventCodec codec = new EventCodec();

	final HttpClient http = HttpClient.newHttpClient();

	final TestInfrastructure infrastructure;

	public final ConfigurableApplicationContext app;

	final KafkaProducer<String, byte[]> producer;

	private TriageFixture() throws Exception {
		Path data = Path.of("target", "it-data", UUID.randomUUID().toString());
		Files.createDirectories(data);
		this.infrastructure = TestInfrastructure.start(data, PORTS);
		this.app = new SpringApplicationBuilder(TriageApplication.class).run("--server.port=" + PORTS.triage(),
				"--iblagh.kafka.brokers=" + this.infrastructure.kafkaBootstrap(),
				"--spring.mongodb.uri=" + this.infrastructure.mongoUri() + "/iblagh-triage",
				"--iblagh.services.evidence=http://127.0.0.1:" + PORTS.evidence(),
				"--iblagh.triage.campaign-threshold=" + CAMPAIGN_THRESHOLD);
		this.producer = new KafkaProducer<>(Map.of("bootstrap.servers", PORTS.kafkaBootstrap()), new StringSerializer(),
				new ByteArraySerializer());
	}

	public static synchronized TriageFixture shared() throws Exception {
		if (shared == null) {
			TriageFixture fixture = new TriageFixture();
			Runtime.getRuntime().addShutdownHook(new Thread(fixture::close));
			shared = fixture;
		}
		return shared;
	}

	public String base() {
		return "http://127.0.0.1:" + PORTS.triage();
	}

	public void publish(String topic, IntegrationEvent event) throws Exception {
		publishRaw(topic, event.reportId(), this.codec.encode(event));
	}

	void publishRaw(String topic, String key, String body) throws Exception {
		this.producer.send(new ProducerRecord<>(topic, key, body.getBytes(StandardCharsets.UTF_8))).get();
	}

	public HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
			.timeout(Duration.ofSeconds(30))
			.GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> post(String path, String body, String authorization)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	public JsonNode json(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	/**
	 * Reads a topic from the start until the predicate has seen what it needs or time
	 * runs out.
	 */
	List<ConsumerRecord<String, byte[]>> readTopic(String topic, Duration timeout,
			Predicate<List<ConsumerRecord<String, byte[]>>> enough) {
		return org.iblagh.local.KafkaProbe.readTopic(PORTS.kafkaBootstrap(), topic, timeout, enough);
	}

	List<JsonNode> eventsFor(String topic, String reportId, int atLeast, Duration timeout) {
		return readTopic(topic, timeout,
				(seen) -> seen.stream().filter((r) -> reportId.equals(r.key())).count() >= atLeast)
			.stream()
			.filter((r) -> reportId.equals(r.key()))
			.map((r) -> this.json.readTree(r.value()))
			.toList();
	}

	public static String newReportId() {
		return "R-T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
	}

	static EvidenceSecured evidenceSecured(String reportId, String description, String phone,
			SecuredEvidence... evidence) {
		ReportContent content = new ReportContent(Category.ONLINE_FRAUD, description, "fr", null,
				List.of(new ContentLocation("https://t.me/" + reportId.toLowerCase(), "TELEGRAM")),
				List.of(new SuspectIdentifier("PHONE", phone)), new Place("Rabat", null), new ReporterRef(true, null),
				Instant.now());
		return new EvidenceSecured(UUID.randomUUID().toString(), Instant.now(), reportId, 1, content,
				List.of(evidence));
	}

	static SecuredEvidence image(String evidenceId, String sha256, boolean hashListMatch) {
		return new SecuredEvidence(evidenceId, "capture.png", "image/png", "image/png", 4821, sha256,
				"098f6bcd4621d373cade4e832627b4f6", null, List.of(), hashListMatch, List.of());
	}

	static String sha256Of(String seed) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(seed.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	void close() {
		try {
			this.producer.close();
			this.app.close();
			this.infrastructure.close();
		}
		catch (Exception ex) {
			// the JVM is exiting; nothing left to clean up reliably
		}
	}

}
