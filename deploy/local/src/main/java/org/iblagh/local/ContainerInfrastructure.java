package org.iblagh.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.opentest4j.TestAbortedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Real Apache Kafka (KRaft, one combined node), MongoDB (a one-member replica set, so
 * transactions and change streams exist as in production) and MinIO, in containers.
 * <p>
 * Each container publishes its port on the loopback port the embedded server would use,
 * not on a random one: the tests compute addresses from {@link StackPorts}, and a stopped
 * and restarted container keeps its address, which the fault tests rely on.
 * {@code IBLAGH_PORT_SHIFT} therefore separates two checkouts here as it does for the
 * embedded stack. The images are those of {@code deploy/compose}.
 */
final class ContainerInfrastructure implements TestInfrastructure {

	static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

	static final String MONGO_IMAGE = "mongo:8.0";

	static final String MINIO_IMAGE = "minio/minio:RELEASE.2025-09-07T16-13-09Z";

	private static final Logger log = LoggerFactory.getLogger(ContainerInfrastructure.class);

	private static final Duration RESTART_TIMEOUT = Duration.ofSeconds(60);

	private final StackPorts ports;

	private final KafkaContainer kafka;

	private final MongoDBContainer mongo;

	private final MinIOContainer s3;

	private ContainerInfrastructure(StackPorts ports) {
		this.ports = ports;
		this.kafka = onPort(new KafkaContainer(KAFKA_IMAGE), ports.kafka(), 9092)
			// the same partition count as the embedded broker, for topics a binder
			// creates
			.withEnv("KAFKA_NUM_PARTITIONS", String.valueOf(EmbeddedKafka.PARTITIONS))
			.withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true");
		this.mongo = onPort(new MongoDBContainer(MONGO_IMAGE).withReplicaSet(), ports.mongo(), 27017);
		this.s3 = onPort(new MinIOContainer(MINIO_IMAGE), ports.s3(), 9000)
			// the services' local-profile credentials work unchanged
			.withUserName(EmbeddedS3.LOCAL_ACCESS_KEY)
			.withPassword(EmbeddedS3.LOCAL_SECRET_KEY);
	}

	static TestInfrastructure start(StackPorts ports) throws Exception {
		if (!DockerEngine.isAvailable()) {
			throw new TestAbortedException(DockerEngine.SKIPPED);
		}
		ContainerInfrastructure infrastructure = new ContainerInfrastructure(ports);
		try {
			infrastructure.startAll();
		}
		catch (Exception | Error ex) {
			infrastructure.close();
			throw ex;
		}
		return infrastructure;
	}

	private static <C extends GenericContainer<C>> C onPort(C container, int hostPort, int containerPort) {
		container.setPortBindings(List.of("127.0.0.1:" + hostPort + ":" + containerPort));
		return container;
	}

	private void startAll() throws Exception {
		this.mongo.start();
		this.s3.start();
		this.kafka.start();
		createTopics();
		createBuckets(s3Endpoint(), s3AccessKey(), s3SecretKey());
		log.info("Containers up: Kafka {}, MongoDB {}, MinIO {}", kafkaBootstrap(), mongoUri(), s3Endpoint());
	}

	/**
	 * The same topics as {@link EmbeddedKafka}: events and one dead-letter topic each.
	 */
	private void createTopics() throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap()))) {
			Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
			List<NewTopic> missing = new ArrayList<>();
			for (String topic : EmbeddedKafka.allTopics()) {
				if (!existing.contains(topic)) {
					missing.add(new NewTopic(topic, EmbeddedKafka.PARTITIONS, (short) 1));
				}
			}
			if (!missing.isEmpty()) {
				admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
			}
		}
	}

	/**
	 * The same buckets as {@link EmbeddedS3}, through the server's S3 API (path-style
	 * requests, as MinIO serves them); existing ones are left alone. Without object lock,
	 * unlike production: evidence-service then enforces write-once itself (as on the
	 * embedded server), and its tests may delete dismissed evidence at once.
	 */
	static void createBuckets(String endpoint, String accessKey, String secretKey) {
		Properties overrides = new Properties();
		overrides.setProperty("jclouds.s3.virtual-host-buckets", "false");
		try (BlobStoreContext context = ContextBuilder.newBuilder("s3")
			.endpoint(endpoint)
			.credentials(accessKey, secretKey)
			.overrides(overrides)
			.buildView(BlobStoreContext.class)) {
			BlobStore blobStore = context.getBlobStore();
			for (String bucket : EmbeddedS3.BUCKETS) {
				if (!blobStore.containerExists(bucket)) {
					blobStore.createContainerInLocation(null, bucket);
				}
			}
		}
	}

	@Override
	public String kafkaBootstrap() {
		return this.ports.kafkaBootstrap();
	}

	@Override
	public String mongoUri() {
		// one host and no replicaSet option: the driver connects directly to the primary,
		// whose advertised name (the container's) the host cannot resolve
		return this.ports.mongoUri();
	}

	@Override
	public String s3Endpoint() {
		return this.ports.s3Endpoint();
	}

	@Override
	public String s3AccessKey() {
		return this.s3.getUserName();
	}

	@Override
	public String s3SecretKey() {
		return this.s3.getPassword();
	}

	@Override
	public void stopKafka() {
		stop(this.kafka);
	}

	@Override
	public void startKafka() throws Exception {
		restart(this.kafka);
		awaitReady("Kafka", this::kafkaAnswers);
	}

	@Override
	public void stopS3() {
		stop(this.s3);
	}

	@Override
	public void startS3() throws Exception {
		restart(this.s3);
		awaitReady("MinIO", this::s3Answers);
	}

	/**
	 * Stops the container but keeps it (and its data and port binding), as a crashed
	 * server that is restarted would.
	 */
	private static void stop(GenericContainer<?> container) {
		DockerClientFactory.instance().client().stopContainerCmd(container.getContainerId()).withTimeout(10).exec();
	}

	private static void restart(GenericContainer<?> container) {
		DockerClientFactory.instance().client().startContainerCmd(container.getContainerId()).exec();
	}

	private boolean kafkaAnswers() {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap(),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				2000))) {
			admin.listTopics().names().get(3, TimeUnit.SECONDS);
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private boolean s3Answers() {
		try {
			HttpResponse<Void> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(s3Endpoint() + "/minio/health/live"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static void awaitReady(String what, java.util.function.BooleanSupplier ready) throws InterruptedException {
		if (!Poll.until(RESTART_TIMEOUT, Duration.ofMillis(250), ready)) {
			throw new IllegalStateException(what + " did not answer within " + RESTART_TIMEOUT + " of a restart");
		}
	}

	@Override
	public void close() {
		// in reverse order of start; Testcontainers' reaper removes them anyway if the
		// JVM dies
		this.kafka.stop();
		this.s3.stop();
		this.mongo.stop();
	}

}
