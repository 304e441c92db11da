package org.iblagh.notification;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
 * -Dexec.args="500 20"} (reports per second, seconds).
 */
public final class FanOutBenchmark {

	private FanOutBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int perSecond = (args.length > 0) ? Integer.parseInt(args[0]) : 500;
		int seconds = (args.length > 1) ? Integer.parseInt(args[1]) : 20;
		// the prosecutor offices have an SSE reader and a webhook each; the police unit
		// gets
		// the second referral of every report (stored, announced, published)
		String[] offices = { "TPI-RABAT", "TPI-CASA-PENAL", "TPI-FES", "TPI-MARRAKECH" };
		try (NotificationFixture fx = new NotificationFixture("--logging.level.root=WARN",
				"--iblagh.notification.mail.enabled=false", "--iblagh.notification.escalation-check-every=30s")) {
			Map<String, Long> sentAt = new ConcurrentHashMap<>();
			Histogram latency = new Histogram(3);
			int total = perSecond * seconds;
			CountDownLatch received = new CountDownLatch(total);
			CountDownLatch warmedUp = new CountDownLatch(offices.length);
			java.util.concurrent.atomic.AtomicLong hooked = new java.util.concurrent.atomic.AtomicLong();
			com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer
				.create(new java.net.InetSocketAddress("127.0.0.1", 0), 200);
			receiver.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
			receiver.createContext("/hook", (exchange) -> {
				exchange.getRequestBody().readAllBytes();
				hooked.incrementAndGet();
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
						if (reportId.startsWith("W-")) {
							warmedUp.countDown();
						}
						Long sent = sentAt.get(reportId);
						if (sent != null && reportId.startsWith("B-")) {
							latency.recordValue(Math.max(0, (System.nanoTime() - sent) / 1000));
							received.countDown();
						}
					}
				}));
				reader.setDaemon(true);
				reader.start();
			}
			// warm-up: the consumers have their partitions and every stream has carried
			// an event
			for (int i = 0; i < offices.length; i++) {
				fx.publish("report.routed.v1", ReferralFixture.routed("W-" + i, Priority.P3, offices[i], "DGSN-SLCNT"));
			}
			if (!warmedUp.await(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException("no warm-up event arrived");
			}
			long start = System.nanoTime();
			for (int i = 0; i < total; i++) {
				long due = start + (long) i * 1_000_000_000L / perSecond;
				while (System.nanoTime() < due) {
					Thread.onSpinWait();
				}
				String reportId = "B-" + i;
				sentAt.put(reportId, System.nanoTime());
				fx.publish("report.routed.v1",
						ReferralFixture.routed(reportId, Priority.P3, offices[i % offices.length], "DGSN-SLCNT"));
			}
			boolean all = received.await(120, TimeUnit.SECONDS);
			long elapsedMs = (System.nanoTime() - start) / 1_000_000;
			long hookDeadline = System.currentTimeMillis() + 30_000;
			while (hooked.get() < total && System.currentTimeMillis() < hookDeadline) {
				Thread.sleep(100);
			}
			System.out.printf("all SSE events after %d ms; webhook deliveries accepted=%d/%d%n", elapsedMs,
					hooked.get(), total);
			System.out.printf("reports/s=%d referrals/s=%d seconds=%d delivered=%d/%d%n", perSecond, perSecond * 2,
					seconds, total - received.getCount(), total);
			System.out.printf("report.routed -> SSE latency (ms): p50=%.1f p99=%.1f max=%.1f complete=%s%n",
					latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0,
					latency.getMaxValue() / 1000.0, all);
		}
		System.exit(0);
	}

}
