package org.iblagh.local;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Kafka, MongoDB and S3 for a service's integration tests, whichever provides them: the
 * embedded servers of this module (the default, no Docker needed) or real Apache Kafka,
 * MongoDB and MinIO in containers ({@code -Pcontainers}, system property
 * {@value #MODE_PROPERTY}{@code =containers}).
 * <p>
 * Both bind the loopback ports of the given {@link StackPorts}, so every address a test
 * derives from its ports ({@link StackPorts#kafkaBootstrap()},
 * {@link StackPorts#mongoUri()}, {@link StackPorts#s3Endpoint()}) reaches the same
 * servers as the accessors below, and both create the topics and buckets of the
 * architecture before returning.
 */
public interface TestInfrastructure extends AutoCloseable {

	/** {@code embedded} (default) or {@code containers}. */
	String MODE_PROPERTY = "iblagh.infrastructure";

	String EMBEDDED = "embedded";

	String CONTAINERS = "containers";

	/**
	 * Starts the infrastructure chosen by {@value #MODE_PROPERTY}.
	 * @param dataDir where the embedded servers keep their data (containers keep theirs
	 * inside the container)
	 */
	static TestInfrastructure start(Path dataDir, StackPorts ports) throws Exception {
		return switch (mode()) {
			case EMBEDDED -> embedded(dataDir, ports);
			case CONTAINERS -> containers(ports);
			default -> throw new IllegalArgumentException(
					MODE_PROPERTY + " must be " + EMBEDDED + " or " + CONTAINERS + ", not " + mode());
		};
	}

	/** The embedded Kafka broker, MongoDB wire server and S3 server, started. */
	static TestInfrastructure embedded(Path dataDir, StackPorts ports) throws Exception {
		return new EmbeddedInfrastructure(dataDir, ports).start();
	}

	/**
	 * Apache Kafka (KRaft), a one-member MongoDB replica set and MinIO in containers,
	 * started; needs Testcontainers on the class path and a Docker engine.
	 */
	static TestInfrastructure containers(StackPorts ports) throws Exception {
		return ContainerInfrastructure.start(ports);
	}

	/** The mode asked for by the system property, {@value #EMBEDDED} when unset. */
	static String mode() {
		String mode = System.getProperty(MODE_PROPERTY, EMBEDDED).trim().toLowerCase(Locale.ROOT);
		return mode.isEmpty() ? EMBEDDED : mode;
	}

	String kafkaBootstrap();

	/** Without a database name: callers append {@code /<database>}. */
	String mongoUri();

	String s3Endpoint();

	String s3AccessKey();

	String s3SecretKey();

	/** For fault tests: clients get connection refused until {@link #startKafka()}. */
	void stopKafka() throws Exception;

	/** Returns once the broker answers again; what it held before is still there. */
	void startKafka() throws Exception;

	/** For fault tests: the S3 server goes away (connections refused) until restarted. */
	void stopS3() throws Exception;

	void startS3() throws Exception;

}
