package org.iblagh.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One service running as its own JVM process, its output copied to the terminal with a
 * prefix and to a log file under the data folder.
 */
public final class ServiceProcess {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final int port;

	private final List<String> command;

	private final Path logFile;

	private final Deque<String> lastLines = new ArrayDeque<>();

	private Process process;

	ServiceProcess(String name, int port, List<String> command, Path logFile) {
		this.name = name;
		this.port = port;
		this.command = List.copyOf(command);
		this.logFile = logFile;
	}

	public String name() {
		return this.name;
	}

	public int port() {
		return this.port;
	}

	public synchronized void start(PrintStream console) throws IOException {
		Files.createDirectories(this.logFile.getParent());
		ProcessBuilder builder = new ProcessBuilder(this.command).redirectErrorStream(true);
		this.process = builder.start();
		Process started = this.process;
		Writer file = Files.newBufferedWriter(this.logFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		String prefix = String.format("%-12s| ", this.name.replace("-service", ""));
		Thread pump = new Thread(() -> {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8)); file) {
				String line;
				while ((line = reader.readLine()) != null) {
					if (console != null) {
						console.println(prefix + line);
					}
					file.write(line);
					file.write('\n');
					file.flush();
					remember(line);
				}
			}
			catch (IOException ex) {
				// the process is gone; nothing left to copy
			}
		}, "log-" + this.name);
		pump.setDaemon(true);
		pump.start();
	}

	private synchronized void remember(String line) {
		this.lastLines.addLast(line);
		if (this.lastLines.size() > 40) {
			this.lastLines.removeFirst();
		}
	}

	public synchronized List<String> lastLines() {
		return new ArrayList<>(this.lastLines);
	}

	public boolean isAlive() {
		Process p = this.process;
		return p != null && p.isAlive();
	}

	public long pid() {
		return this.process.pid();
	}

	public boolean isHealthy() {
		try {
			HttpResponse<String> response = HTTP
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Asks the service to stop (SIGTERM), so that it finishes its work and closes
	 * cleanly.
	 */
	public void requestStop() {
		Process p = this.process;
		if (p != null && p.isAlive()) {
			p.destroy();
		}
	}

	/** Simulates a crash: SIGKILL, no chance to clean up. */
	public void kill() throws InterruptedException {
		Process p = this.process;
		if (p != null) {
			p.destroyForcibly();
			p.waitFor(10, TimeUnit.SECONDS);
		}
	}

	public boolean awaitExit(long millis) throws InterruptedException {
		Process p = this.process;
		if (p == null) {
			return true;
		}
		if (!p.waitFor(Math.max(0, millis), TimeUnit.MILLISECONDS)) {
			p.destroyForcibly();
			return p.waitFor(5, TimeUnit.SECONDS);
		}
		return true;
	}

}
