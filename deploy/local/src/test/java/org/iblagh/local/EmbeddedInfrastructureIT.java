package org.iblagh.local;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.iblagh.contracts.Topics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded stack is real: a Kafka client, a MongoDB driver and an S3 client talk to
 * it, and what they wrote is still there after a restart on the same data folder.
 */
class EmbeddedInfrastructureIT {

	private static final StackPorts PORTS = StackPorts.defaults().shiftedBy(50);

	@Test
	void dataWrittenThroughRealClientsSurvivesARestart() throws Exception {
		Path data = Files.createDirectories(Path.of("target", "it-data", UUID.randomUUID().toString()));
		try (EmbeddedInfrastructure infra = new EmbeddedInfrastructure(data, PORTS).start()) {
			try (KafkaProducer<String, String> producer = new KafkaProducer<>(
					Map.of("bootstrap.servers", PORTS.kafkaBootstrap(), "acks", "all"), new StringSerializer(),
					new StringSerializer())) {
				producer.send(new ProducerRecord<>(Topics.REPORT_STATUS, "R-1", "kept")).get();
			}
			try (MongoClient mongo = MongoClients.create(PORTS.mongoUri())) {
				mongo.getDatabase("probe").getCollection("things").insertOne(new Document("_id", "a").append("v", 1));
			}
			s3().putObject(PutObjectArgs.builder()
				.bucket("evidence")
				.object("probe/one")
				.stream(new ByteArrayInputStream("evidence".getBytes(StandardCharsets.UTF_8)), 8, -1)
				.build());
		}
		try (EmbeddedInfrastructure infra = new EmbeddedInfrastructure(data, PORTS).start()) {
			assertThat(readAll(Topics.REPORT_STATUS)).contains("kept");
			try (MongoClient mongo = MongoClients.create(PORTS.mongoUri())) {
				assertThat(mongo.getDatabase("probe").getCollection("things").find().first()).containsEntry("v", 1);
			}
			try (InputStream in = s3()
				.getObject(GetObjectArgs.builder().bucket("evidence").object("probe/one").build())) {
				assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("evidence");
			}
			try (var admin = org.apache.kafka.clients.admin.Admin
				.create(Map.<String, Object>of("bootstrap.servers", PORTS.kafkaBootstrap()))) {
				assertThat(admin.listTopics().names().get()).containsAll(EmbeddedKafka.allTopics());
			}
		}
	}

	private static MinioClient s3() {
		return MinioClient.builder()
			.endpoint(PORTS.s3Endpoint())
			.credentials(EmbeddedS3.LOCAL_ACCESS_KEY, EmbeddedS3.LOCAL_SECRET_KEY)
			.region("us-east-1")
			.build();
	}

	private static List<String> readAll(String topic) {
		List<String> values = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PORTS.kafkaBootstrap(), ConsumerConfig.GROUP_ID_CONFIG,
						"probe-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (values.isEmpty() && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(200)).forEach((r) -> values.add(r.value()));
			}
		}
		return values;
	}

}
