package org.iblagh.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.iblagh.local.StackPorts;

/**
 * The machine's physical limits measured in the same run, through the same embedded
 * broker and database, so every pipeline figure is also a ratio to them.
 */
final class Ceiling {

	private Ceiling() {
	}

	/**
	 * Messages/s for producing and consuming {@code count} payloads of the given size.
	 */
	static double kafkaProduceConsume(StackPorts ports, int count, int payloadBytes) throws InterruptedException {
		String topic = "bench.ceiling." + UUID.randomUUID();
		byte[] payload = new byte[payloadBytes];
		java.util.Arrays.fill(payload, (byte) 'x');
		long started = System.nanoTime();
		CountDownLatch acked = new CountDownLatch(count);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ports.kafkaBootstrap(), ProducerConfig.ACKS_CONFIG,
						"all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5),
				new StringSerializer(), new ByteArraySerializer())) {
			for (int i = 0; i < count; i++) {
				producer.send(new ProducerRecord<>(topic, "R-" + (i % 1000), payload), (m, e) -> acked.countDown());
			}
			acked.await();
		}
		int consumed = 0;
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ports.kafkaBootstrap(), ConsumerConfig.GROUP_ID_CONFIG,
						"ceiling-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
						ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			// assigned, not subscribed: a group join would be counted as consumption time
			List<org.apache.kafka.common.TopicPartition> partitions = consumer.partitionsFor(topic)
				.stream()
				.map((p) -> new org.apache.kafka.common.TopicPartition(topic, p.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
			while (consumed < count && System.nanoTime() < deadline) {
				consumed += consumer.poll(Duration.ofMillis(200)).count();
			}
		}
		return consumed / ((System.nanoTime() - started) / 1e9);
	}

	/**
	 * Single-document inserts/s (one client, acknowledged), the pattern of one write per
	 * event.
	 */
	static double mongoSingleInserts(StackPorts ports, Duration duration, int payloadBytes) {
		String filler = "x".repeat(payloadBytes);
		try (MongoClient mongo = MongoClients.create(ports.mongoUri())) {
			MongoCollection<Document> collection = mongo.getDatabase("iblagh-bench-ceiling")
				.getCollection("c" + UUID.randomUUID().toString().replace("-", ""));
			long end = System.nanoTime() + duration.toNanos();
			long started = System.nanoTime();
			long n = 0;
			while (System.nanoTime() < end) {
				collection.insertOne(new Document("_id", "d" + n).append("payload", filler));
				n++;
			}
			double rate = n / ((System.nanoTime() - started) / 1e9);
			collection.drop();
			return rate;
		}
	}

}
