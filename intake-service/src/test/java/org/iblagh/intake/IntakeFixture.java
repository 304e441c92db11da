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
import org.iblagh.intake.pow.ProofOfWork;
import org.iblagh.local.EmbeddedInfrastructure;
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

	final EmbeddedInfrastructure infrastructure;

	final ConfigurableApplicationContext app;

	IntakeFixture() throws Exception {
		Path data = Path.of("target", "it-data", UUID.randomUUID().toString());
		Files.createDirectories(data);
		this.infrastructure = new EmbeddedInfrastructure(data, PORTS).start();
		this.app = new SpringApplicationBuilder(IntakeApplication.class).run("--server.port=" + PORTS.intake(),
				"--iblagh.kafka.brokers=" + PORTS.kafkaBootstrap(),
				"--spring.mongodb.uri=" + PORTS.mongoUri() + "/iblagh-intake",
				"--iblagh.s3.endpoint=" + PORTS.s3Endpoint(), "--iblagh.intake.pow-difficulty=4");
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
		List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PORTS.kafkaBootstrap(), ConsumerConfig.GROUP_ID_CONFIG,
						"test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < deadline && !enough.test(seen)) {
				consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
			}
		}
		return seen;
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
	}

}
