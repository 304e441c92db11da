package org.iblagh.local;

import java.nio.file.Path;

/**
 * Kafka, the MongoDB wire server and the S3 server, started together under one data
 * folder. Integration tests of a single service use this on its own.
 */
public final class EmbeddedInfrastructure implements TestInfrastructure {

	private final EmbeddedKafka kafka;

	private final EmbeddedMongo mongo;

	private final EmbeddedS3 s3;

	private final StackPorts ports;

	public EmbeddedInfrastructure(Path dataDir, StackPorts ports) {
		this.ports = ports;
		this.kafka = new EmbeddedKafka(dataDir.resolve("kafka"), ports.kafka(), ports.kafkaController());
		this.mongo = new EmbeddedMongo(dataDir.resolve("mongo").resolve("iblagh.mv"), ports.mongo());
		this.s3 = new EmbeddedS3(dataDir.resolve("s3"), ports.s3());
	}

	public EmbeddedInfrastructure start() throws Exception {
		this.mongo.start();
		this.s3.start();
		this.kafka.start();
		return this;
	}

	public StackPorts ports() {
		return this.ports;
	}

	@Override
	public String kafkaBootstrap() {
		return this.ports.kafkaBootstrap();
	}

	@Override
	public String mongoUri() {
		return this.ports.mongoUri();
	}

	@Override
	public String s3Endpoint() {
		return this.ports.s3Endpoint();
	}

	@Override
	public String s3AccessKey() {
		return EmbeddedS3.LOCAL_ACCESS_KEY;
	}

	@Override
	public String s3SecretKey() {
		return EmbeddedS3.LOCAL_SECRET_KEY;
	}

	@Override
	public void stopKafka() {
		this.kafka.close();
	}

	@Override
	public void startKafka() throws Exception {
		this.kafka.start();
	}

	/** For fault tests: the S3 server goes away (connections refused) until restarted. */
	@Override
	public void stopS3() throws Exception {
		this.s3.close();
	}

	@Override
	public void startS3() throws Exception {
		this.s3.start();
	}

	@Override
	public void close() throws Exception {
		this.kafka.close();
		this.s3.close();
		this.mongo.close();
	}

}
