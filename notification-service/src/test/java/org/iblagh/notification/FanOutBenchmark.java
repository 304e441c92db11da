package org.iblagh.notification;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.HdrHistogram.Histogram;
import org.iblagh.contracts.Priority;
import org.iblagh.notification.referral.ReferralFixture;

/**
 * Not part of the test run. Publishes {@code report.routed} at a fixed rate (two
 * referrals each) to offices with an open SSE stream and measures the time from publish
 * to SSE delivery. Run with:
 * {@code ./mvnw -o -pl notification-service test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.iblagh.notification.FanOutBenchmark
 * -Dexec.args="500 20 15"} (reports per second, measured seconds, warm-up seconds at the
 * same rate, reported apart).
 */
public final class FanOutBenchmark {

	private static final java.util.regex.Pattern REFERRAL_ID = java.util.regex.Pattern
		.compile("\"referralId\"\\s*:\\s*\"([^\"]+)\"");

	/** A webhook body of the measured phase (its reports are "B-…"). */
	private static final java.util.regex.Pattern MEASURED_REPORT = java.util.regex.Pattern
		.compile("\"reportId\"\\s*:\\s*\"B-");

	private FanOutBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int perSecond = (args.length > 0) ? Integer.parseInt(args[0]) : 500;
		int seconds = (args.length > 1) ? Integer.parseInt(args[1]) : 20;
		// a service runs for days: the first seconds (classes loading, JIT compiling on
		// two cores) are measured apart, at the same rate, and not mixed into the figures
		int warmupSeconds = (args.length > 2) ? Integer.parseInt(args[2]) : 15;
		// the prosecutor offices have an SSE reader and a webhook each; the police unit
		// gets the second referral of every report (stored, announced, published)
		String[] offices = { "TPI-RABAT", "TPI-CASA-PENAL", "TPI-FES", "TPI-MARRAKECH" };
		try (NotificationFixture fx = new NotificationFixture("--logging.level.root=WARN",
				"--iblagh.notification.mail.enabled=false", "--iblagh.notification.escalation-check-every=30s")) {
			Map<String, Long> sentAt = new ConcurrentHashMap<>();
			Histogram warmupLatency = new Histogram(3);
			Histogram latency = new Histogram(3);
			int total = perSecond * seconds;
			CountDownLatch warmupReceived = new CountDownLatch(perSecond * warmupSeconds);
			CountDownLatch received = new CountDownLatch(total);
			CountDownLatch streamsOpen = new CountDownLatch(offices.length);
			AtomicLong hooked = new AtomicLong();
			java.util.Set<String> measuredHooks = java.util.concurrent.ConcurrentHashMap.newKeySet();
			AtomicLong duplicateHooks = new AtomicLong();
			com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer
				.create(new java.net.InetSocketAddress("127.0.0.1", 0), 200);
			receiver.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
			receiver.createContext("/hook", (exchange) -> {
				String body = new String(exchange.getRequestBody().readAllBytes(),
						java.nio.charset.StandardCharsets.UTF_8);
				hooked.incrementAndGet();
				java.util.regex.Matcher measured = REFERRAL_ID.matcher(body);
				if (MEASURED_REPORT.matcher(body).find() && measured.find()) {
					// a second delivery of one referral would be a duplicate, not a late
					// warm-up one
					if (!measuredHooks.add(measured.group(1))) {
						duplicateHooks.incrementAndGet();
					}
				}
				exchange.sendResponseHeaders(204, -1);
				exchange.close();
			});
			receiver.start();
			for (String office : offices) {
				fx.post("/api/v1/offices/" + office + "/webhooks", office,
						"{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\"}");
				HttpResponse<Stream<String>> stream = fx.http
					.send(fx.request("/api/v1/offices/" + office + "/stream", null)
						.header("Authorization", fx.basic(office))
						.GET()
						.build(), HttpResponse.BodyHandlers.ofLines());
				Thread reader = new Thread(() -> stream.body().forEach((line) -> {
					if (line.startsWith("data:")) {
						int at = line.indexOf("\"reportId\":\"");
						String reportId = line.substring(at + 12, line.indexOf('"', at + 12));
						Long sent = sentAt.get(reportId);
						long micros = (sent != null) ? Math.max(0, (System.nanoTime() - sent) / 1000) : 0;
						if (reportId.startsWith("W-")) {
							streamsOpen.countDown();
						}
						else if (reportId.startsWith("U-")) {
							warmupLatency.recordValue(micros);
							warmupReceived.countDown();
						}
						else if (reportId.startsWith("B-")) {
							latency.recordValue(micros);
							received.countDown();
						}
					}
				}));
				reader.setDaemon(true);
				reader.start();
			}
			// the consumers have their partitions and every stream has carried an event
			for (int i = 0; i < offices.length; i++) {
				fx.publish("report.routed.v1", ReferralFixture.routed("W-" + i, Priority.P3, offices[i], "DGSN-SLCNT"));
			}
			if (!streamsOpen.await(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException("no warm-up event arrived");
			}
			publishAtRate(fx, "U-", perSecond * warmupSeconds, perSecond, offices, sentAt);
			boolean warmedUp = warmupReceived.await(120, TimeUnit.SECONDS);
			System.out.printf("warm-up (%d s, not in the figures): p50=%.1f p99=%.1f ms complete=%s%n", warmupSeconds,
					warmupLatency.getValueAtPercentile(50) / 1000.0, warmupLatency.getValueAtPercentile(99) / 1000.0,
					warmedUp);
			long hooksBefore = hooked.get();
			long start = System.nanoTime();
			publishAtRate(fx, "B-", total, perSecond, offices, sentAt);
			boolean all = received.await(120, TimeUnit.SECONDS);
			long elapsedMs = (System.nanoTime() - start) / 1_000_000;
			long hookDeadline = System.currentTimeMillis() + 30_000;
			while (measuredHooks.size() < total && System.currentTimeMillis() < hookDeadline) {
				Thread.sleep(100);
			}
			System.out.printf(
					"all SSE events after %d ms; webhook deliveries accepted=%d/%d (distinct referrals of the measured "
							+ "phase %d, duplicates %d)%n",
					elapsedMs, hooked.get() - hooksBefore, total, measuredHooks.size(), duplicateHooks.get());
			System.out.printf("reports/s=%d referrals/s=%d seconds=%d delivered=%d/%d%n", perSecond, perSecond * 2,
					seconds, total - received.getCount(), total);
			System.out.printf("report.routed -> SSE latency (ms): p50=%.1f p99=%.1f max=%.1f complete=%s%n",
					latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0,
					latency.getMaxValue() / 1000.0, all);
		}
		System.exit(0);
	}

	/**
	 * Publishes {@code count} reports at a fixed rate. Latency counts from when each
	 * event was due, so a late publisher shows up in the figures instead of hiding the
	 * backlog (coordinated omission).
	 */
	private static void publishAtRate(NotificationFixture fx, String prefix, int count, int perSecond, String[] offices,
			Map<String, Long> sentAt) throws Exception {
		List<Future<?>> sends = new ArrayList<>(count);
		long start = System.nanoTime();
		for (int i = 0; i < count; i++) {
			long due = start + (long) i * 1_000_000_000L / perSecond;
			// parked, not spinning: a spinning publisher would take one of the two cores
			// from the service it measures
			for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
				LockSupport.parkNanos(wait);
			}
			String reportId = prefix + i;
			sentAt.put(reportId, due);
			sends.add(fx.publishAsync("report.routed.v1",
					ReferralFixture.routed(reportId, Priority.P3, offices[i % offices.length], "DGSN-SLCNT")));
		}
		for (Future<?> send : sends) {
			send.get(30, TimeUnit.SECONDS);
		}
	}

}
