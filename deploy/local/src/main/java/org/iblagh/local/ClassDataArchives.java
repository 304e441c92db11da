package org.iblagh.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Class data sharing for the services. Five Spring Boot services starting at once on two
 * cores are CPU-bound; an archive lets each JVM map pre-parsed classes instead of loading
 * them again, which roughly halves start-up. An archive needs the jar extracted (classes
 * inside nested jars cannot be archived); a rebuilt jar gets a fresh extraction and loses
 * its archive.
 *
 * <p>
 * Archives come from a training run right after a build ({@code ./iblagh build}, and
 * {@code ./iblagh run} when it builds): each service starts its application context with
 * no infrastructure and exits ({@code spring.context.exit=onRefresh}), and the JVM writes
 * the classes it loaded. So the first start after a build is already a fast one, and it
 * no longer depends on an earlier clean stop having written the archive.
 */
public final class ClassDataArchives {

	private static final String ARCHIVE = "app.jsa";

	private static final long TRAINING_TIMEOUT_SECONDS = 240;

	private ClassDataArchives() {
	}

	/**
	 * The options that start {@code jar}: its extraction, with the archive when there is
	 * one, or writing one at exit when {@code writeIfMissing}.
	 */
	static List<String> launchOptions(Path jar, boolean writeIfMissing) throws IOException {
		Path extractedJar = extracted(jar);
		Path archive = extractedJar.resolveSibling(ARCHIVE);
		if (Files.exists(archive)) {
			return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar",
					extractedJar.toString());
		}
		if (writeIfMissing) {
			return List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar",
					extractedJar.toString());
		}
		return List.of("-jar", extractedJar.toString());
	}

	/**
	 * Writes the archive of every service that has none, two at a time (one per core).
	 * @return the services trained
	 */
	public static List<String> trainMissing(Path root, PrintStream out) throws Exception {
		return trainMissing(root, Platform.SERVICES, out);
	}

	/** As {@link #trainMissing(Path, PrintStream)}, for some services only. */
	public static List<String> trainMissing(Path root, List<String> services, PrintStream out) throws Exception {
		Map<String, Path> missing = new LinkedHashMap<>();
		for (String service : services) {
			Path extractedJar = extracted(Platform.executableJar(root.toAbsolutePath().normalize(), service));
			if (!Files.exists(extractedJar.resolveSibling(ARCHIVE))) {
				missing.put(service, extractedJar);
			}
		}
		if (missing.isEmpty()) {
			return List.of();
		}
		out.println("Writing class-data archives for " + String.join(", ", missing.keySet()) + " (once per build)...");
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(2, missing.size()));
		try {
			List<Future<?>> runs = new ArrayList<>();
			missing.forEach((service, extractedJar) -> runs.add(pool.submit(() -> {
				train(service, extractedJar);
				return null;
			})));
			for (Future<?> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		return List.copyOf(missing.keySet());
	}

	/**
	 * Where {@code service}'s archive is (or would be): next to its extracted jar, which
	 * this extracts when missing or older than the jar.
	 */
	public static Path archiveOf(Path root, String service) throws IOException {
		return extracted(Platform.executableJar(root.toAbsolutePath().normalize(), service)).resolveSibling(ARCHIVE);
	}

	private static void train(String service, Path extractedJar) throws IOException, InterruptedException {
		Path archive = extractedJar.resolveSibling(ARCHIVE);
		Path work = Files.createTempDirectory("iblagh-cds-" + service);
		Path log = extractedJar.resolveSibling("training.log");
		try {
			List<String> command = new ArrayList<>();
			command.add(Platform.javaExecutable());
			command.addAll(Platform.serviceJvmOptions());
			command.add("-Djava.io.tmpdir=" + work);
			command.add("-Dspring.context.exit=onRefresh");
			command.add("-XX:ArchiveClassesAtExit=" + archive);
			command.add("-Xlog:cds=off");
			command.add("-Xlog:cds+dynamic=off");
			command.add("-jar");
			command.add(extractedJar.toString());
			command.add("--server.port=0");
			// nothing listens on port 1: no training run ever touches a running platform
			command.add("--iblagh.kafka.brokers=127.0.0.1:1");
			command.add("--spring.mongodb.uri=mongodb://127.0.0.1:1/iblagh-training");
			command.add("--iblagh.s3.endpoint=http://127.0.0.1:1");
			command.add("--iblagh.data-dir=" + work);
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			if (!process.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
			if (process.exitValue() != 0 || !Files.exists(archive)) {
				// a start without an archive is slower, never wrong: warn and go on
				Files.deleteIfExists(archive);
				System.err.println("No class-data archive for " + service + " (exit " + process.exitValue()
						+ "); it starts without one. See " + log);
			}
		}
		finally {
			delete(work);
		}
	}

	private static Path extracted(Path jar) throws IOException {
		Path destination = jar.getParent().resolve("cds");
		Path extractedJar = destination.resolve(jar.getFileName());
		if (!Files.exists(extractedJar)
				|| Files.getLastModifiedTime(extractedJar).compareTo(Files.getLastModifiedTime(jar)) < 0) {
			extract(jar, destination);
		}
		return extractedJar;
	}

	private static synchronized void extract(Path jar, Path destination) throws IOException {
		delete(destination);
		Process process = new ProcessBuilder(Platform.javaExecutable(), "-Djarmode=tools", "-jar", jar.toString(),
				"extract", "--destination", destination.toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IOException("Could not extract " + jar);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while extracting " + jar, ex);
		}
	}

	private static void delete(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> paths = Files.walk(directory)) {
				paths.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
		}
	}

}
