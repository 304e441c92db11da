package org.iblagh.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Listens to the offices' Server-Sent Events streams, as an office's system would, and
 * reports each referral the moment it arrives. Reconnects with Last-Event-ID, so a
 * dropped stream loses nothing.
 */
final class DeliveryListener implements AutoCloseable {

	private static final Pattern REPORT_ID = Pattern.compile("\"reportId\"\\s*:\\s*\"([^\"]+)\"");

	private final PlatformClient client;

	private final BiConsumer<String, String> onDelivery;

	private final List<Thread> threads = new ArrayList<>();

	private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

	private final AtomicInteger connected = new AtomicInteger();

	private volatile boolean running = true;

	/**
	 * @param onDelivery called with (officeId, reportId) for every referral event
	 */
	DeliveryListener(PlatformClient client, BiConsumer<String, String> onDelivery) {
		this.client = client;
		this.onDelivery = onDelivery;
	}

	void listen(List<String> officeIds, Map<String, String> keys) {
		for (String officeId : officeIds) {
			Thread thread = new Thread(() -> follow(officeId, keys.get(officeId)), "sse-" + officeId);
			thread.setDaemon(true);
			thread.start();
			this.threads.add(thread);
		}
	}

	int connectedStreams() {
		return this.connected.get();
	}

	/**
	 * How many times each (office, report) pair was delivered: more than once is a
	 * duplicate.
	 */
	Map<String, AtomicInteger> deliveries() {
		return this.deliveries;
	}

	private void follow(String officeId, String key) {
		String lastEventId = null;
		while (this.running) {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(
						this.client.uri(this.client.ports().notification(), "/api/v1/offices/" + officeId + "/stream"))
				.header("X-Api-Key", key)
				.header("Accept", "text/event-stream");
			if (lastEventId != null) {
				request.header("Last-Event-ID", lastEventId);
			}
			try {
				HttpResponse<Stream<String>> response = this.client.http()
					.send(request.build(), HttpResponse.BodyHandlers.ofLines());
				if (response.statusCode() != 200) {
					Thread.sleep(500);
					continue;
				}
				this.connected.incrementAndGet();
				try (Stream<String> lines = response.body()) {
					for (String line : (Iterable<String>) lines::iterator) {
						if (!this.running) {
							break;
						}
						if (line.startsWith("id:")) {
							lastEventId = line.substring(3).trim();
						}
						else if (line.startsWith("data:")) {
							Matcher m = REPORT_ID.matcher(line);
							if (m.find()) {
								String reportId = m.group(1);
								this.deliveries.computeIfAbsent(officeId + "|" + reportId, (k) -> new AtomicInteger())
									.incrementAndGet();
								this.onDelivery.accept(officeId, reportId);
							}
						}
					}
				}
				finally {
					this.connected.decrementAndGet();
				}
			}
			catch (IOException | java.io.UncheckedIOException ex) {
				// the service went away (a restart, a kill): reconnect and resume from
				// the last id
				sleepQuietly(Duration.ofMillis(300));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static void sleepQuietly(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.running = false;
		this.threads.forEach(Thread::interrupt);
	}

}
