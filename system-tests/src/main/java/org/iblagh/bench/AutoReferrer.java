package org.iblagh.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.iblagh.contracts.Topics;

/**
 * Plays the investigator: as soon as a report of this run is triaged, refers it through
 * the triage API. Learns "triaged" from the {@code report.triaged.v1} topic, as any
 * subscriber of the platform's events may.
 */
final class AutoReferrer implements AutoCloseable {

	private final PlatformClient client;

	private final Set<String> ours;

	private final Set<String> referred = ConcurrentHashMap.newKeySet();

	private final ExecutorService workers = Executors.newFixedThreadPool(8);

	private final AtomicLong failures = new AtomicLong();

	private final Thread thread;

	private volatile boolean running = true;

	private final java.util.concurrent.CountDownLatch assigned = new java.util.concurrent.CountDownLatch(1);

	AutoReferrer(PlatformClient client, Set<String> ours) {
		this.client = client;
		this.ours = ours;
		this.thread = new Thread(this::run, "auto-referrer");
		this.thread.setDaemon(true);
		this.thread.start();
		try {
			// parked, not spinning: the platform under test needs both cores
			this.assigned.await(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	long failures() {
		return this.failures.get();
	}

	int referredCount() {
		return this.referred.size();
	}

	private void run() {
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.client.ports().kafkaBootstrap(),
						ConsumerConfig.GROUP_ID_CONFIG, "bench-referrer-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
						1000),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(Topics.REPORT_TRIAGED));
			while (this.running) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
					String reportId = record.key();
					if (reportId != null && this.ours.contains(reportId) && this.referred.add(reportId)) {
						this.workers.submit(() -> refer(reportId));
					}
				}
				if (!consumer.assignment().isEmpty()) {
					this.assigned.countDown();
				}
			}
		}
		catch (org.apache.kafka.common.errors.InterruptException ex) {
			// closing
		}
	}

	private void refer(String reportId) {
		for (int attempt = 0; attempt < 20; attempt++) {
			try {
				int status = this.client.refer(reportId, "{\"action\":\"REFER\",\"offenceClass\":\"DELIT\"}")
					.statusCode();
				if (status == 202) {
					return;
				}
				// the triage service may not have stored it yet, or is restarting: try
				// again shortly
				Thread.sleep(250L * (attempt + 1));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (Exception ex) {
				try {
					Thread.sleep(500);
				}
				catch (InterruptedException ie) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
		this.failures.incrementAndGet();
	}

	@Override
	public void close() {
		this.running = false;
		try {
			// the loop sees the flag within one poll and closes its consumer itself: an
			// interrupt would make the consumer's close log errors
			this.thread.join(10_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.workers.shutdownNow();
	}

}
