package org.iblagh.local;

import java.util.concurrent.atomic.AtomicBoolean;

import ch.qos.logback.classic.Level;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Whether a Docker engine answers, asked once per JVM. Kept apart from
 * {@link ContainersNeedDocker} so that Testcontainers is loaded only when containers are
 * asked for.
 */
final class DockerEngine {

	static final String SKIPPED = "no Docker engine: container tests skipped";

	private static volatile Boolean available;

	private static final AtomicBoolean told = new AtomicBoolean();

	private DockerEngine() {
	}

	/**
	 * Testcontainers explains at length, at ERROR level, why it found no engine; the one
	 * line below says what matters, so its discovery logger is silenced meanwhile.
	 */
	private static boolean probeQuietly() {
		org.slf4j.Logger logger = LoggerFactory.getLogger("org.testcontainers");
		if (!(logger instanceof ch.qos.logback.classic.Logger logback)) {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		Level level = logback.getLevel();
		logback.setLevel(Level.OFF);
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		finally {
			logback.setLevel(level);
		}
	}

	static boolean isAvailable() {
		if (available == null) {
			synchronized (DockerEngine.class) {
				if (available == null) {
					available = probeQuietly();
				}
			}
		}
		if (!available && told.compareAndSet(false, true)) {
			// one line for the whole run, not one per test
			System.out.println(SKIPPED);
		}
		return available;
	}

}
