package org.iblagh.notification;

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

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.iblagh.contracts.IntegrationEvent;
import org.iblagh.local.TestInfrastructure;
import org.iblagh.local.StackPorts;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.office.OfficeKeys;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The notification service on a real embedded stack (Kafka, MongoDB wire server) with a
 * real SMTP server, a clock the test moves, and clients that act as offices.
 */
public final class NotificationFixture implements AutoCloseable {

	public static final StackPorts PORTS = StackPorts.defaults().shiftedBy(500);

	public static final int SMTP_PORT = 2525 + (PORTS.notification() - 8085);

	public static final String SECRET = "local-dev-office-key-secret-change-me";

	public final JsonMapper json = JsonMapper.builder().build();

	public final HttpClient http = HttpClient.newHttpClient();

	public final EventCodec codec = new EventCodec();

	public final OfficeKeys keys = new OfficeKeys(SECRET);

	public final MutableClock clock = new MutableClock();

	public final TestInfrastructure infrastructure;

	public final GreenMail mail;

	public final ConfigurableApplicationContext app;

	public final Path dataDir;

	private final KafkaProducer<String, byte[]> producer;

	public NotificationFixture(String... extraArgs) throws Exception {
		this.dataDir = Path.of("target", "it-data", UUID.randomUUID().toString()).toAbsolutePath();
		Files.createDirectories(this.dataDir);
		this.infrastructure = TestInfrastructure.start(this.dataDir, PORTS);
		this.mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.mail.start();
		Map<String, String> settings = new java.util.LinkedHashMap<>();
		settings.put("server.port", String.valueOf(PORTS.notification()));
		settings.put("iblagh.kafka.brokers", this.infrastructure.kafkaBootstrap());
		settings.put("spring.mongodb.uri", this.infrastructure.mongoUri() + "/iblagh-notification");
		settings.put("spring.mail.port", String.valueOf(SMTP_PORT));
		settings.put("iblagh.notification.mail.enabled", "true");
		settings.put("iblagh.data-dir", this.dataDir.toString());
		settings.put("iblagh.services.notification", base());
		settings.put("iblagh.notification.escalation-check-every", "200ms");
		settings.put("iblagh.notification.webhooks.initial-backoff", "50ms");
		for (String extra : extraArgs) {
			String[] kv = extra.replaceFirst("^--", "").split("=", 2);
			settings.put(kv[0], kv[1]);
		}
		List<String> args = new ArrayList<>();
		settings.forEach((k, v) -> args.add("--" + k + "=" + v));
		this.app = new SpringApplicationBuilder(NotificationApplication.class)
			.initializers((ctx) -> ctx.getBeanFactory().registerSingleton("testClock", this.clock))
			.run(args.toArray(String[]::new));
		this.producer = new KafkaProducer<>(Map.of("bootstrap.servers", PORTS.kafkaBootstrap(), "linger.ms", 0),
				new StringSerializer(), new ByteArraySerializer());
	}

	public String base() {
		return "http://127.0.0.1:" + PORTS.notification();
	}

	public void publish(String topic, IntegrationEvent event) throws Exception {
		publishAsync(topic, event).get();
	}

	public java.util.concurrent.Future<?> publishAsync(String topic, IntegrationEvent event) {
		return this.producer.send(new ProducerRecord<>(topic, event.reportId(),
				this.codec.encode(event).getBytes(StandardCharsets.UTF_8)));
	}

	public String basic(String officeId) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((officeId + ":" + this.keys.keyFor(officeId)).getBytes(StandardCharsets.UTF_8));
	}

	public HttpResponse<String> get(String path, String officeId) throws Exception {
		return this.http.send(request(path, officeId).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> post(String path, String officeId, String body) throws Exception {
		return this.http.send(request(path, officeId).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpRequest.Builder request(String path, String officeId) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(20));
		if (officeId != null) {
			builder.header("X-Api-Key", this.keys.keyFor(officeId));
		}
		return builder;
	}

	/** Reads a topic from the start until {@code done} holds or the time is up. */
	public List<ConsumerRecord<String, byte[]>> readTopic(String topic, Duration timeout,
			Predicate<List<ConsumerRecord<String, byte[]>>> done) {
		List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PORTS.kafkaBootstrap(), ConsumerConfig.GROUP_ID_CONFIG,
						"it-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < deadline && !done.test(seen)) {
				consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
			}
		}
		return seen;
	}

	public static String topicOf(Class<? extends IntegrationEvent> type) {
		return org.iblagh.contracts.EventTypes.topicOf(type);
	}

	@Override
	public void close() throws Exception {
		this.producer.close();
		this.app.close();
		this.mail.stop();
		this.infrastructure.close();
	}

}
