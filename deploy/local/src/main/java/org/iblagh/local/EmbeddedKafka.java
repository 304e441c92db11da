package org.iblagh.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.iblagh.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller) inside this
 * JVM, with its log on disk so that it survives a restart.
 */
public final class EmbeddedKafka implements AutoCloseable {

	/** Fixed so that a restart finds the same cluster; re-formatting would fail. */
	static final String CLUSTER_ID = "aWJsYWdoLWxvY2FsLTAx";

	static final int PARTITIONS = 4;

	private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);

	private final Path logDir;

	private final int port;

	private final int controllerPort;

	private KafkaRaftServer server;

	public EmbeddedKafka(Path logDir, int port, int controllerPort) {
		this.logDir = logDir;
		this.port = port;
		this.controllerPort = controllerPort;
	}

	public void start() throws Exception {
		Files.createDirectories(this.logDir);
		KafkaConfig config = new KafkaConfig(brokerProperties(), false);
		if (!Files.exists(this.logDir.resolve("meta.properties"))) {
			new Formatter().setNodeId(1)
				.setClusterId(CLUSTER_ID)
				.setDirectories(List.of(this.logDir.toString()))
				.setMetadataLogDirectory(this.logDir.toString())
				.setControllerListenerName("CONTROLLER")
				.setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
				.setSupportedFeatures(Feature.PRODUCTION_FEATURES)
				.setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
				.run();
		}
		this.server = new KafkaRaftServer(config, Time.SYSTEM);
		this.server.startup();
		createTopics();
		log.info("Kafka broker (KRaft) listening on 127.0.0.1:{}, log in {}", this.port, this.logDir);
	}

	private Properties brokerProperties() {
		Properties p = new Properties();
		p.put("process.roles", "broker,controller");
		p.put("node.id", "1");
		p.put("controller.quorum.voters", "1@127.0.0.1:" + this.controllerPort);
		p.put("listeners", "PLAINTEXT://127.0.0.1:" + this.port + ",CONTROLLER://127.0.0.1:" + this.controllerPort);
		p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + this.port);
		p.put("controller.listener.names", "CONTROLLER");
		p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		p.put("inter.broker.listener.name", "PLAINTEXT");
		p.put("log.dirs", this.logDir.toString());
		p.put("num.partitions", String.valueOf(PARTITIONS));
		p.put("offsets.topic.replication.factor", "1");
		p.put("offsets.topic.num.partitions", "4");
		p.put("transaction.state.log.replication.factor", "1");
		p.put("transaction.state.log.min.isr", "1");
		p.put("share.coordinator.state.topic.replication.factor", "1");
		p.put("share.coordinator.state.topic.min.isr", "1");
		p.put("group.initial.rebalance.delay.ms", "0");
		p.put("auto.create.topics.enable", "true");
		// one machine: a small footprint matters more than throughput headroom
		p.put("num.network.threads", "2");
		p.put("num.io.threads", "4");
		p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
		p.put("log.retention.hours", "168");
		return p;
	}

	private void createTopics() throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + this.port))) {
			Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
			List<NewTopic> missing = new ArrayList<>();
			for (String topic : allTopics()) {
				if (!existing.contains(topic)) {
					missing.add(new NewTopic(topic, PARTITIONS, (short) 1));
				}
			}
			if (!missing.isEmpty()) {
				admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
			}
		}
	}

	/**
	 * The event topics and one dead-letter topic per consumer group and input.
	 */
	public static List<String> allTopics() {
		List<String> topics = new ArrayList<>(Topics.ALL);
		Topics.CONSUMERS.forEach((group, inputs) -> inputs.forEach((t) -> topics.add(Topics.deadLetter(t, group))));
		return topics;
	}

	@Override
	public void close() {
		if (this.server != null) {
			this.server.shutdown();
			this.server.awaitShutdown();
			this.server = null;
		}
	}

}
