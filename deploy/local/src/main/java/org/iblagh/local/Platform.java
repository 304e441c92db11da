package org.iblagh.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole platform on the embedded stack: the infrastructure in this JVM and the five
 * services as child processes. Used by the launcher and by the system tests.
 */
public final class Platform implements AutoCloseable {

	public static final List<String> SERVICES = List.of("intake-service", "evidence-service", "triage-service",
			"routing-service", "notification-service");

	private final Path root;

	private final Path dataDir;

	private final StackPorts ports;

	private final PrintStream console;

	private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

	private final List<String> extraArgs = new ArrayList<>();

	private boolean writeArchives = true;

	private EmbeddedInfrastructure infrastructure;

	/**
	 * @param root the repository root, where each service's {@code target/*-exec.jar} is
	 * @param dataDir where every piece of data lives
	 * @param console where service output is copied, or null to keep it in log files only
	 */
	public Platform(Path root, Path dataDir, StackPorts ports, PrintStream console) {
		this.root = root.toAbsolutePath().normalize();
		this.dataDir = dataDir.toAbsolutePath().normalize();
		this.ports = ports;
		this.console = console;
	}

	/**
	 * Extra Spring arguments for every service, e.g. {@code --iblagh.abuse.limit=...}.
	 */
	public Platform withServiceArgument(String argument) {
		this.extraArgs.add(argument);
		return this;
	}

	/**
	 * Uses a class-data archive when one exists but never writes one: writing the five
	 * archives at the first clean stop takes half a minute of both cores, which a test
	 * run that stops once and leaves pays for nothing.
	 */
	public Platform withoutWritingClassDataArchives() {
		this.writeArchives = false;
		return this;
	}

	public StackPorts ports() {
		return this.ports;
	}

	public Path dataDir() {
		return this.dataDir;
	}

	public EmbeddedInfrastructure infrastructure() {
		return this.infrastructure;
	}

	public Platform start(Duration timeout) throws Exception {
		Files.createDirectories(this.dataDir);
		this.infrastructure = new EmbeddedInfrastructure(this.dataDir, this.ports).start();
		for (String service : SERVICES) {
			startService(service);
		}
		awaitHealthy(SERVICES, timeout);
		return this;
	}

	public ServiceProcess service(String name) {
		return this.services.get(name);
	}

	public int port(String service) {
		return switch (service) {
			case "intake-service" -> this.ports.intake();
			case "evidence-service" -> this.ports.evidence();
			case "triage-service" -> this.ports.triage();
			case "routing-service" -> this.ports.routing();
			case "notification-service" -> this.ports.notification();
			default -> throw new IllegalArgumentException("Unknown service " + service);
		};
	}

	public void startService(String service) throws IOException {
		int port = port(service);
		String shortName = service.replace("-service", "");
		List<String> command = new ArrayList<>();
		command.add(javaExecutable());
		command.addAll(serviceJvmOptions());
		Path tmp = this.dataDir.resolve("tmp").resolve(shortName);
		Files.createDirectories(tmp);
		command.add("-Djava.io.tmpdir=" + tmp);
		command.add("-Diblagh.parent-pid=" + ProcessHandle.current().pid());
		command.addAll(ClassDataArchives.launchOptions(executableJar(this.root, service), this.writeArchives));
		command.add("--server.port=" + port);
		command.add("--iblagh.kafka.brokers=" + this.ports.kafkaBootstrap());
		command.add("--spring.mongodb.uri=" + this.ports.mongoUri() + "/iblagh-" + shortName);
		command.add("--iblagh.s3.endpoint=" + this.ports.s3Endpoint());
		command.add("--iblagh.data-dir=" + this.dataDir);
		command.add("--iblagh.services.intake=http://127.0.0.1:" + this.ports.intake());
		command.add("--iblagh.services.evidence=http://127.0.0.1:" + this.ports.evidence());
		command.add("--iblagh.services.triage=http://127.0.0.1:" + this.ports.triage());
		command.add("--iblagh.services.routing=http://127.0.0.1:" + this.ports.routing());
		command.add("--iblagh.services.notification=http://127.0.0.1:" + this.ports.notification());
		command.addAll(this.extraArgs);
		ServiceProcess process = new ServiceProcess(service, port, command,
				this.dataDir.resolve("logs").resolve(shortName + ".log"));
		process.start(this.console);
		this.services.put(service, process);
	}

	public void awaitHealthy(List<String> names, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		List<String> waiting = new ArrayList<>(names);
		while (!waiting.isEmpty()) {
			for (String name : List.copyOf(waiting)) {
				ServiceProcess process = this.services.get(name);
				if (!process.isAlive()) {
					throw new IllegalStateException(name + " exited during start-up; its last lines:\n"
							+ String.join("\n", process.lastLines()));
				}
				if (process.isHealthy()) {
					waiting.remove(name);
				}
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Not healthy after " + timeout.toSeconds() + " s: " + waiting);
			}
			if (!waiting.isEmpty()) {
				Thread.sleep(250);
			}
		}
	}

	/**
	 * The JVM options every service runs with (and trains its class-data archive with).
	 */
	static List<String> serviceJvmOptions() {
		List<String> options = new ArrayList<>(List.of("-Xms64m", "-Xmx256m", "-Xss512k", "-XX:+UseSerialGC"));
		// C1 only by default: five JVMs starting at once on two cores start in about half
		// the time without C2. A load test sets iblagh.full-jit=true to trade start-up
		// for speed.
		if (!Boolean.getBoolean("iblagh.full-jit")) {
			options.add("-XX:TieredStopAtLevel=1");
		}
		options.addAll(
				List.of("-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=192m", "-XX:+ExitOnOutOfMemoryError"));
		return options;
	}

	static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** {@code service}'s runnable jar under {@code root}, as built by Maven. */
	public static Path executableJar(Path root, String service) throws IOException {
		Path target = root.resolve(service).resolve("target");
		if (Files.isDirectory(target)) {
			try (Stream<Path> files = Files.list(target)) {
				return files.filter((f) -> f.getFileName().toString().endsWith("-exec.jar"))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException(
							"No runnable jar in " + target + ": build first with ./mvnw -DskipTests package"));
			}
		}
		throw new IllegalStateException("No " + target + ": build first with ./mvnw -DskipTests package");
	}

	/**
	 * Stops the services (SIGTERM, then SIGKILL after the grace period) and the stack.
	 */
	@Override
	public void close() throws Exception {
		this.services.values().forEach(ServiceProcess::requestStop);
		long deadline = System.currentTimeMillis() + 40_000;
		for (ServiceProcess process : this.services.values()) {
			process.awaitExit(deadline - System.currentTimeMillis());
		}
		if (this.infrastructure != null) {
			this.infrastructure.close();
			this.infrastructure = null;
		}
	}

}
