package org.iblagh.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.iblagh.local.Poll;
import org.iblagh.contracts.Topics;
import org.iblagh.local.Platform;
import tools.jackson.databind.JsonNode;

/**
 * Fault scenarios on a running platform. Each submits reports while a fault happens, then
 * checks that every accepted report reached its prosecutor exactly once: counted in the
 * SSE streams and in the offices' JSON feeds, and compared by report id. Used by the
 * system tests (a few hundred reports each) and by {@code ./iblagh bench --faults} (at
 * full scale).
 */
public final class FaultScenarios implements AutoCloseable {

	private final Platform platform;

	private final PlatformClient client;

	private final Set<String> ours = ConcurrentHashMap.newKeySet();

	private final PipelineRun run;

	private final DeliveryListener listener;

	private final AutoReferrer referrer;

	public FaultScenarios(Platform platform) throws Exception {
		this.platform = platform;
		this.client = new PlatformClient(platform.ports(), platform.dataDir());
		this.run = new PipelineRun(this.client, this.ours);
		this.listener = new DeliveryListener(this.client, this.run::delivered);
		Map<String, String> keys = this.client.officeKeys();
		this.listener.listen(
				keys.keySet().stream().filter((id) -> id.startsWith("CA-") || id.startsWith("TPI-")).toList(), keys);
		this.referrer = new AutoReferrer(this.client, this.ours);
	}

	/**
	 * What a scenario found: accepted reports, those delivered, lost ones, and reports
	 * delivered more than once (in the stream or the feed).
	 */
	public record Outcome(String name, int accepted, int delivered, List<String> lost, List<String> duplicated,
			long seconds) {

		public boolean clean() {
			return this.accepted > 0 && this.lost.isEmpty() && this.duplicated.isEmpty();
		}

	}

	/**
	 * Kafka is down while reports are submitted: the outbox holds them until it returns.
	 */
	public Outcome kafkaDownAtSubmission(int reports) throws Exception {
		return scenario("kafka down at submission", reports, () -> {
			this.platform.infrastructure().stopKafka();
			try {
				this.run.submit(Math.max(1, reports / 2), 4);
			}
			finally {
				this.platform.infrastructure().startKafka();
			}
		});
	}

	/** The broker stops and restarts in the middle of a load. */
	public Outcome kafkaRestartDuringLoad(int reports) throws Exception {
		return scenario("kafka restart during load", reports, () -> {
			this.platform.infrastructure().stopKafka();
			Thread.sleep(3000);
			this.platform.infrastructure().startKafka();
		});
	}

	/** Each service in turn is killed with SIGKILL mid-run and started again. */
	public Outcome killEachService(int reports) throws Exception {
		return scenario("kill -9 each service", reports, () -> {
			for (String service : Platform.SERVICES) {
				this.platform.service(service).kill();
				this.platform.startService(service);
				this.platform.awaitHealthy(List.of(service), Duration.ofSeconds(120));
			}
		});
	}

	/** Object storage is unreachable for a while; evidence waits instead of failing. */
	public Outcome s3Unavailable(int reports, Duration outage) throws Exception {
		return scenario("S3 unavailable " + outage.toSeconds() + " s", reports, () -> {
			this.platform.infrastructure().stopS3();
			try {
				Thread.sleep(outage.toMillis());
			}
			finally {
				this.platform.infrastructure().startS3();
			}
		});
	}

	/**
	 * Every event of the flow is delivered a second time: consumers must not act twice.
	 */
	public Outcome everyEventTwice(int reports) throws Exception {
		Set<String> before = new HashSet<>(this.ours);
		Outcome first = scenario("every event twice (first pass)", reports, () -> {
		});
		Set<String> these = new HashSet<>(this.ours);
		these.removeAll(before);
		for (String topic : List.of(Topics.REPORT_SUBMITTED, Topics.REPORT_EVIDENCE_SECURED, Topics.REPORT_TRIAGED,
				Topics.REPORT_REFERRED, Topics.REPORT_ROUTED, Topics.REPORT_STATUS)) {
			redeliver(topic, these::contains);
		}
		// give the consumers time to see the copies, then count again
		Thread.sleep(5000);
		Outcome after = verify("every event twice", these, first.seconds());
		return after;
	}

	/**
	 * A malformed message on each consumed topic ends in that consumer group's
	 * dead-letter topic. Returns the dead-letter topics where the poison did not arrive.
	 */
	public List<String> poisonOnEveryTopic(Duration timeout) throws Exception {
		String marker = "poison-" + UUID.randomUUID();
		try (KafkaProducer<String, byte[]> producer = producer()) {
			for (String topic : consumedTopics()) {
				producer
					.send(new ProducerRecord<>(topic, marker,
							("{not an event " + marker).getBytes(StandardCharsets.UTF_8)))
					.get();
			}
		}
		List<String> missing = new ArrayList<>();
		Topics.CONSUMERS.forEach((group, inputs) -> inputs.forEach((topic) -> {
			String dlq = Topics.deadLetter(topic, group);
			if (!contains(dlq, marker, timeout)) {
				missing.add(dlq);
			}
		}));
		return missing;
	}

	public int acceptedSoFar() {
		return this.ours.size();
	}

	private Outcome scenario(String name, int reports, FaultAction fault) throws Exception {
		long started = System.nanoTime();
		Set<String> before = new HashSet<>(this.ours);
		Thread load = new Thread(() -> {
			try {
				this.run.submit(reports, 8);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "fault-load");
		load.start();
		// let the load get going, then inject the fault while it runs
		Thread.sleep(1500);
		fault.run();
		load.join();
		Set<String> these = new HashSet<>(this.ours);
		these.removeAll(before);
		return verify(name, these, (System.nanoTime() - started) / 1_000_000_000L);
	}

	private Outcome verify(String name, Set<String> reportIds, long startedSecondsAgo) throws Exception {
		Poll.until(Duration.ofSeconds(180), Duration.ofMillis(250), () -> this.run.delivered().containsAll(reportIds));
		List<String> lost = reportIds.stream().filter((id) -> !this.run.delivered().contains(id)).sorted().toList();
		Map<String, Integer> inFeeds = feedCounts(reportIds);
		List<String> duplicated = new ArrayList<>();
		for (String id : reportIds) {
			if (inFeeds.getOrDefault(id, 0) > 1) {
				duplicated.add(id);
			}
		}
		this.listener.deliveries().forEach((officeAndReport, count) -> {
			String reportId = officeAndReport.substring(officeAndReport.indexOf('|') + 1);
			if (count.get() > 1 && reportIds.contains(reportId) && !duplicated.contains(reportId)) {
				duplicated.add(reportId);
			}
		});
		return new Outcome(name, reportIds.size(), reportIds.size() - lost.size(), lost, duplicated, startedSecondsAgo);
	}

	/** How many referrals each report has in its prosecutor's JSON feed. */
	private Map<String, Integer> feedCounts(Set<String> reportIds) throws Exception {
		Set<String> offices = new HashSet<>();
		this.listener.deliveries().keySet().forEach((k) -> {
			if (reportIds.contains(k.substring(k.indexOf('|') + 1))) {
				offices.add(k.substring(0, k.indexOf('|')));
			}
		});
		Map<String, Integer> counts = new HashMap<>();
		for (String office : offices) {
			String since = null;
			for (int page = 0; page < 1000; page++) {
				JsonNode body = PlatformClient.JSON.readTree(this.client.officeReferrals(office, since).body());
				JsonNode referrals = body.path("referrals");
				if (!referrals.isArray() || referrals.isEmpty()) {
					break;
				}
				referrals.forEach((r) -> {
					String reportId = r.path("reportId").asString("");
					if (reportIds.contains(reportId)) {
						counts.merge(reportId, 1, Integer::sum);
					}
				});
				String next = body.path("next").asString(null);
				if (next == null || next.equals(since)) {
					break;
				}
				since = next;
			}
		}
		return counts;
	}

	private void redeliver(String topic, Predicate<String> keyFilter) {
		List<ConsumerRecord<String, byte[]>> copies = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = consumer()) {
			consumer.subscribe(List.of(topic));
			long quietSince = System.nanoTime();
			while (System.nanoTime() - quietSince < Duration.ofSeconds(3).toNanos()) {
				var records = consumer.poll(Duration.ofMillis(200));
				if (!records.isEmpty()) {
					quietSince = System.nanoTime();
				}
				records.forEach((r) -> {
					if (r.key() != null && keyFilter.test(r.key())) {
						copies.add(r);
					}
				});
			}
		}
		try (KafkaProducer<String, byte[]> producer = producer()) {
			for (ConsumerRecord<String, byte[]> r : copies) {
				ProducerRecord<String, byte[]> copy = new ProducerRecord<>(topic, r.key(), r.value());
				for (Header h : r.headers()) {
					copy.headers().add(h);
				}
				producer.send(copy);
			}
			producer.flush();
		}
	}

	private boolean contains(String topic, String key, Duration timeout) {
		try (KafkaConsumer<String, byte[]> consumer = consumer()) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
					if (key.equals(r.key())) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static List<String> consumedTopics() {
		Set<String> topics = new java.util.LinkedHashSet<>();
		Topics.CONSUMERS.values().forEach(topics::addAll);
		return new ArrayList<>(topics);
	}

	private KafkaProducer<String, byte[]> producer() {
		return new KafkaProducer<>(Map.of("bootstrap.servers", this.platform.ports().kafkaBootstrap(), "acks", "all"),
				new StringSerializer(), new ByteArraySerializer());
	}

	private KafkaConsumer<String, byte[]> consumer() {
		Map<String, Object> config = new LinkedHashMap<>();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.platform.ports().kafkaBootstrap());
		config.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-check-" + UUID.randomUUID());
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
	}

	@Override
	public void close() {
		this.referrer.close();
		this.listener.close();
	}

	@FunctionalInterface
	interface FaultAction {

		void run() throws Exception;

	}

}
