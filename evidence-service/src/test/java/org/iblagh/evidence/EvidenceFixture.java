package org.iblagh.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.iblagh.contracts.Category;
import org.iblagh.contracts.IntegrationEvent;
import org.iblagh.contracts.Place;
import org.iblagh.contracts.ReportContent;
import org.iblagh.contracts.ReporterRef;
import org.iblagh.contracts.SubmittedEvidence;
import org.iblagh.local.TestInfrastructure;
import org.iblagh.local.StackPorts;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.messaging.EventPublisher;
import org.iblagh.support.messaging.OutboxEntry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * evidence-service on a real embedded stack (Kafka, MongoDB wire server, S3 on a folder),
 * and the clients that play intake, routing and an investigator.
 */
final class EvidenceFixture implements AutoCloseable {

	static final StackPorts PORTS = StackPorts.defaults().shiftedBy(200);

	static final String OFFICE_SECRET = "local-dev-office-key-secret-change-me";

	final JsonMapper json = JsonMapper.builder().build();

	final EventCodec codec = new EventCodec();

	final HttpClient http = HttpClient.newHttpClient();

	final Path data;

	final TestInfrastructure infrastructure;

	final MinioClient s3;

	final EventPublisher publisher;

	final ConfigurableApplicationContext app;

	EvidenceFixture(String knownSha256) throws Exception {
		this.data = Path.of("target", "it-data", UUID.randomUUID().toString()).toAbsolutePath();
		Files.createDirectories(this.data.resolve("hash-lists"));
		Files.writeString(this.data.resolve("hash-lists").resolve("known.sha256"), knownSha256 + "  known\n");
		this.infrastructure = TestInfrastructure.start(this.data, PORTS);
		this.s3 = MinioClient.builder()
			.endpoint(this.infrastructure.s3Endpoint())
			.credentials(this.infrastructure.s3AccessKey(), this.infrastructure.s3SecretKey())
			.region("us-east-1")
			.build();
		this.publisher = new EventPublisher(PORTS.kafkaBootstrap(), "intake-service");
		this.app = new SpringApplicationBuilder(EvidenceServiceApplication.class).run(
				"--server.port=" + PORTS.evidence(), "--iblagh.kafka.brokers=" + this.infrastructure.kafkaBootstrap(),
				"--spring.mongodb.uri=" + this.infrastructure.mongoUri() + "/iblagh-evidence",
				"--iblagh.s3.endpoint=" + this.infrastructure.s3Endpoint(), "--iblagh.data-dir=" + this.data,
				"--iblagh.evidence.retention-after-dismissal=0s");
	}

	String base() {
		return "http://127.0.0.1:" + PORTS.evidence();
	}

	/** Plays intake: the file is in quarantine, then the event is published. */
	SubmittedEvidence quarantine(String reportId, String fileName, String declaredType, byte[] content)
			throws Exception {
		String evidenceId = "ev-" + UUID.randomUUID();
		String key = reportId + "/" + evidenceId;
		this.s3.putObject(PutObjectArgs.builder()
			.bucket("evidence-incoming")
			.object(key)
			.stream(new ByteArrayInputStream(content), content.length, -1)
			.build());
		return new SubmittedEvidence(evidenceId, fileName, declaredType, content.length, sha256(content),
				"evidence-incoming", key);
	}

	void publish(IntegrationEvent event) throws Exception {
		this.publisher.publish(OutboxEntry.of(event, this.codec)).get();
	}

	static ReportContent content(String description) {
		return new ReportContent(Category.ONLINE_FRAUD, description, "fr", null, List.of(), List.of(),
				new Place("Rabat", null), new ReporterRef(true, "ref-1"), Instant.now());
	}

	boolean exists(String bucket, String key) throws Exception {
		try {
			this.s3.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
			return true;
		}
		catch (ErrorResponseException ex) {
			return false;
		}
	}

	byte[] read(String bucket, String key) throws Exception {
		try (InputStream in = this.s3.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
			return in.readAllBytes();
		}
	}

	HttpResponse<byte[]> get(String path, String user, String password, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
			.timeout(Duration.ofSeconds(30))
			.GET();
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		headers.forEach(request::header);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	HttpResponse<byte[]> analyst(String path) throws IOException, InterruptedException {
		return get(path, "analyst", "analyst", Map.of());
	}

	/**
	 * Reads a topic from the start until the predicate has what it needs or time runs
	 * out.
	 */
	List<ConsumerRecord<String, byte[]>> readTopic(String topic, Duration timeout,
			Predicate<List<ConsumerRecord<String, byte[]>>> enough) {
		return org.iblagh.local.KafkaProbe.readTopic(PORTS.kafkaBootstrap(), topic, timeout, enough);
	}

	List<ConsumerRecord<String, byte[]>> recordsFor(String topic, String reportId, int atLeast) {
		return readTopic(topic, Duration.ofSeconds(40),
				(seen) -> seen.stream().filter((r) -> reportId.equals(r.key())).count() >= atLeast)
			.stream()
			.filter((r) -> reportId.equals(r.key()))
			.toList();
	}

	static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	@Override
	public void close() throws Exception {
		this.app.close();
		this.publisher.close();
		this.infrastructure.close();
	}

}
