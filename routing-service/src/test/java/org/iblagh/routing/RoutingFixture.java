package org.iblagh.routing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.iblagh.local.TestInfrastructure;
import org.iblagh.local.StackPorts;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The routing service on a real embedded stack, and clients that talk to it. */
final class RoutingFixture implements AutoCloseable {

	static final StackPorts PORTS = StackPorts.defaults().shiftedBy(400);

	final JsonMapper json = JsonMapper.builder().build();

	final HttpClient http = HttpClient.newHttpClient();

	final TestInfrastructure infrastructure;

	final ConfigurableApplicationContext app;

	RoutingFixture() throws Exception {
		Path data = Path.of("target", "it-data", UUID.randomUUID().toString());
		Files.createDirectories(data);
		this.infrastructure = TestInfrastructure.start(data, PORTS);
		this.app = new SpringApplicationBuilder(RoutingApplication.class).run("--server.port=" + PORTS.routing(),
				"--iblagh.kafka.brokers=" + this.infrastructure.kafkaBootstrap(),
				"--spring.mongodb.uri=" + this.infrastructure.mongoUri() + "/iblagh-routing");
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String body, String user) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	String base() {
		return "http://127.0.0.1:" + PORTS.routing();
	}

	void send(String topic, String key, String body) throws Exception {
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of("bootstrap.servers", PORTS.kafkaBootstrap()), new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(new ProducerRecord<>(topic, key, body.getBytes(StandardCharsets.UTF_8))).get();
		}
	}

	/**
	 * Reads a topic from the start until the predicate has seen what it needs or time
	 * runs out.
	 */
	List<ConsumerRecord<String, byte[]>> readTopic(String topic, Duration timeout,
			Predicate<List<ConsumerRecord<String, byte[]>>> enough) {
		return org.iblagh.local.KafkaProbe.readTopic(PORTS.kafkaBootstrap(), topic, timeout, enough);
	}

	/** Whether the routing consumer group has committed everything written to a topic. */
	boolean consumedEverything(String topic) throws Exception {
		try (Admin admin = Admin.create(Map.of("bootstrap.servers", PORTS.kafkaBootstrap()))) {
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("routing-service")
				.partitionsToOffsetAndMetadata()
				.get();
			List<TopicPartition> partitions = admin.describeTopics(List.of(topic))
				.allTopicNames()
				.get()
				.get(topic)
				.partitions()
				.stream()
				.map((p) -> new TopicPartition(topic, p.partition()))
				.toList();
			Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
			partitions.forEach((p) -> latest.put(p, OffsetSpec.latest()));
			var ends = admin.listOffsets(latest).all().get();
			for (TopicPartition p : partitions) {
				long end = ends.get(p).offset();
				OffsetAndMetadata done = committed.get(p);
				if (end > 0 && (done == null || done.offset() < end)) {
					return false;
				}
			}
			return true;
		}
	}

	static String referral(String eventId, String reportId, String category, String offenceClass, String city) {
		return """
				{"eventId":"%s","occurredAt":"2025-03-01T10:00:00Z","reportId":"%s","schemaVersion":1,
				 "category":"%s","priority":"P3","offenceClass":%s,"place":{"city":%s,"province":null},
				 "summary":"SMS job scam","suggestedOffences":[{"code":"CP-540","article":"540","verified":"yes"}],
				 "indicators":[],"evidence":[{"evidenceId":"E-1","fileName":"a.png","mediaType":"image/png",
				 "size":12,"sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","md5":null}],
				 "decidedBy":"analyst","receivedAt":"2025-03-01T09:00:00Z"}
				""".formatted(eventId, reportId, category, (offenceClass == null) ? "null" : '"' + offenceClass + '"',
				(city == null) ? "null" : '"' + city + '"');
	}

	@Override
	public void close() throws Exception {
		this.app.close();
		this.infrastructure.close();
	}

}
