package org.iblagh.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what is on a topic, as a test or an operator would: from the start, with a group
 * of its own, until it has seen what it needs or time runs out.
 */
public final class KafkaProbe {

	private KafkaProbe() {
	}

	public static List<ConsumerRecord<String, byte[]>> readTopic(String bootstrap, String topic, Duration timeout,
			Predicate<List<ConsumerRecord<String, byte[]>>> enough) {
		List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG,
						"probe-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < deadline && !enough.test(seen)) {
				consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
			}
		}
		return seen;
	}

}
