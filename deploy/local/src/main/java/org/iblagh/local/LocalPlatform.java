package org.iblagh.local;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./iblagh run}: the embedded stack and the five services, in the foreground,
 * until SIGTERM or Ctrl-C.
 *
 * <p>
 * Options: {@code --root DIR} (repository root, default the working directory),
 * {@code --data-dir DIR} (default {@code $IBLAGH_HOME} or {@code ./.iblagh}),
 * {@code --port-offset N} (default 0). {@code --write-class-data} only writes the
 * services' missing class-data archives and exits (what {@code ./iblagh build} does after
 * the build).
 */
public final class LocalPlatform {

	private LocalPlatform() {
	}

	public static void main(String[] args) throws Exception {
		PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
				StandardCharsets.UTF_8);
		Path root = Path.of(option(args, "--root", "."));
		if (java.util.List.of(args).contains("--write-class-data")) {
			ClassDataArchives.trainMissing(root, out);
			return;
		}
		String home = System.getenv("IBLAGH_HOME");
		Path dataDir = Path.of(option(args, "--data-dir", (home != null && !home.isBlank()) ? home : ".iblagh"));
		int offset = Integer.parseInt(option(args, "--port-offset", "0"));
		StackPorts ports = StackPorts.defaults().shiftedBy(offset);
		long started = System.nanoTime();
		Platform platform = new Platform(root, dataDir, ports, out);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			out.println("Stopping Iblagh...");
			try {
				platform.close();
			}
			catch (Exception ex) {
				out.println("Error while stopping: " + ex.getMessage());
			}
			out.println("Iblagh stopped.");
			stopped.countDown();
		}, "iblagh-shutdown"));
		try {
			platform.start(Duration.ofSeconds(180));
		}
		catch (Exception ex) {
			out.println("Iblagh could not start: " + ex.getMessage());
			System.exit(1);
		}
		long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
		out.println("Iblagh is up (" + seconds + " s)");
		out.println("  Citizen portal:         http://localhost:" + ports.intake() + "/");
		out.println("  Investigators' console: http://localhost:" + ports.triage()
				+ "/console   (users analyst/analyst, supervisor/supervisor)");
		out.println("  Office feeds:           http://localhost:" + ports.notification()
				+ "/feeds/{officeId}.atom   (office keys in " + platform.dataDir().resolve("office-keys.properties")
				+ ")");
		out.println("  Kafka " + ports.kafkaBootstrap() + " · MongoDB " + ports.mongoUri() + " · S3 "
				+ ports.s3Endpoint() + " (" + EmbeddedS3.LOCAL_ACCESS_KEY + ")");
		out.println("  Data and logs:          " + platform.dataDir());
		stopped.await();
	}

	private static String option(String[] args, String name, String fallback) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

}
