package org.iblagh.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

import org.iblagh.local.Platform;
import org.iblagh.local.StackPorts;

/**
 * The whole platform, started once for every system test in this JVM (they all add their
 * cases to the same running platform) and stopped when the JVM ends.
 */
final class SharedPlatform {

	static final StackPorts PORTS = StackPorts.defaults().shiftedBy(1000);

	private static Platform platform;

	private SharedPlatform() {
	}

	static synchronized Platform get() throws Exception {
		if (platform == null) {
			Path root = Path.of("..").toAbsolutePath().normalize();
			Path data = Path.of("target", "platform-data").toAbsolutePath();
			deleteRecursively(data);
			Platform started = new Platform(root, data, PORTS, null).withoutWritingClassDataArchives()
				.withServiceArgument("--iblagh.intake.pow-difficulty=4")
				// the fault tests submit hundreds of reports from this one address
				.withServiceArgument("--iblagh.intake.abuse.submissions-per-minute=100000");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (Exception ex) {
					// the JVM is ending anyway
				}
			}));
			started.start(Duration.ofSeconds(240));
			platform = started;
		}
		return platform;
	}

	static String url(String service, String path) {
		int port = switch (service) {
			case "intake" -> PORTS.intake();
			case "evidence" -> PORTS.evidence();
			case "triage" -> PORTS.triage();
			case "routing" -> PORTS.routing();
			case "notification" -> PORTS.notification();
			default -> throw new IllegalArgumentException(service);
		};
		return "http://127.0.0.1:" + port + path;
	}

	/**
	 * The office keys the notification service wrote at start-up, as an office would get
	 * them.
	 */
	static String officeKey(String officeId) throws IOException {
		Properties keys = new Properties();
		try (Reader reader = Files.newBufferedReader(platform.dataDir().resolve("office-keys.properties"))) {
			keys.load(reader);
		}
		String key = keys.getProperty(officeId);
		if (key == null) {
			throw new IllegalStateException("No key for office " + officeId);
		}
		return key;
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
	}

}
