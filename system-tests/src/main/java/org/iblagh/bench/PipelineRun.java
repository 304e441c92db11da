package org.iblagh.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;
import org.iblagh.local.Poll;

/**
 * Drives reports through the whole pipeline and measures, per report, the time from the
 * start of its submission to its arrival in a prosecutor's SSE stream.
 */
final class PipelineRun {

	private final PlatformClient client;

	private final Set<String> ours;

	private final ReportMix mix = new ReportMix(42);

	private final AtomicInteger sequence = new AtomicInteger();

	private final Map<String, Long> submittedAt = new ConcurrentHashMap<>();

	private final Map<String, String> receipts = new ConcurrentHashMap<>();

	private final Map<String, Long> deliveredAt = new ConcurrentHashMap<>();

	private final Histogram endToEnd = new ConcurrentHistogram(3_600_000_000L, 3);

	private final Histogram submitLatency = new ConcurrentHistogram(3_600_000_000L, 3);

	private final AtomicLong rejected = new AtomicLong();

	private volatile long phaseStart;

	private volatile AtomicLongArray completionsPerSecond = new AtomicLongArray(1);

	PipelineRun(PlatformClient client, Set<String> ours) {
		this.client = client;
		this.ours = ours;
	}

	/** Called by the delivery listener for every referral event. */
	void delivered(String officeId, String reportId) {
		Long started = this.submittedAt.get(reportId);
		if (started == null || !officeId.startsWith("CA-") && !officeId.startsWith("TPI-")) {
			return;
		}
		long now = System.nanoTime();
		if (this.deliveredAt.putIfAbsent(reportId, now) == null) {
			this.endToEnd.recordValue(Math.max(0, (now - started) / 1000));
			int second = (int) ((now - this.phaseStart) / 1_000_000_000L);
			AtomicLongArray timeline = this.completionsPerSecond;
			if (second >= 0 && second < timeline.length()) {
				timeline.incrementAndGet(second);
			}
		}
	}

	Map<String, String> receipts() {
		return this.receipts;
	}

	Set<String> delivered() {
		return this.deliveredAt.keySet();
	}

	/** Submits at a fixed rate whatever the response times (no coordinated omission). */
	Result openLoop(String name, double perSecond, Duration duration, Duration drain) throws InterruptedException {
		begin(duration.plus(drain));
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
		ExecutorService workers = Executors.newFixedThreadPool(64);
		long periodNanos = (long) (1_000_000_000L / perSecond);
		long total = (long) (perSecond * duration.toSeconds());
		AtomicLong issued = new AtomicLong();
		ticker.scheduleAtFixedRate(() -> {
			if (issued.incrementAndGet() <= total) {
				workers.submit(this::submitOne);
			}
		}, 0, periodNanos, TimeUnit.NANOSECONDS);
		Thread.sleep(duration.toMillis());
		ticker.shutdownNow();
		workers.shutdown();
		workers.awaitTermination(60, TimeUnit.SECONDS);
		return finish(name, duration, drain);
	}

	/** As fast as the platform accepts, with a fixed number of clients. */
	Result closedLoop(String name, int clients, Duration duration, Duration drain) throws InterruptedException {
		begin(duration.plus(drain));
		ExecutorService workers = Executors.newFixedThreadPool(clients);
		long end = System.nanoTime() + duration.toNanos();
		for (int i = 0; i < clients; i++) {
			workers.submit(() -> {
				while (System.nanoTime() < end) {
					submitOne();
				}
			});
		}
		workers.shutdown();
		workers.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
		return finish(name, duration, drain);
	}

	/** Submits n reports from a few clients (used by the fault tests). */
	void submit(int count, int clients) throws InterruptedException {
		ExecutorService workers = Executors.newFixedThreadPool(clients);
		Semaphore permits = new Semaphore(clients * 2);
		for (int i = 0; i < count; i++) {
			permits.acquire();
			workers.submit(() -> {
				try {
					submitOne();
				}
				finally {
					permits.release();
				}
			});
		}
		workers.shutdown();
		workers.awaitTermination(10, TimeUnit.MINUTES);
	}

	long rejectedCount() {
		return this.rejected.get();
	}

	private void begin(Duration span) {
		this.endToEnd.reset();
		this.submitLatency.reset();
		this.completionsPerSecond = new AtomicLongArray((int) span.toSeconds() + 5);
		this.phaseStart = System.nanoTime();
	}

	private void submitOne() {
		int n = this.sequence.incrementAndGet();
		ReportMix.Submission submission = this.mix.next(n);
		long started = System.nanoTime();
		try {
			HttpResponse<String> response = this.client.submit(submission.json(),
					submission.withEvidence() ? PlatformClient.smallScreenshot(n) : null);
			this.submitLatency.recordValue((System.nanoTime() - started) / 1000);
			if (response.statusCode() != 201) {
				this.rejected.incrementAndGet();
				return;
			}
			JsonNode body = PlatformClient.JSON.readTree(response.body());
			String reportId = body.get("reportId").asString();
			this.submittedAt.put(reportId, started);
			this.receipts.put(reportId, body.get("receipt").asString());
			this.ours.add(reportId);
		}
		catch (Exception ex) {
			this.rejected.incrementAndGet();
		}
	}

	private Result finish(String name, Duration duration, Duration drain) throws InterruptedException {
		int accepted = this.submittedAt.size();
		Poll.until(drain, Duration.ofMillis(200), () -> this.deliveredAt.size() >= accepted);
		long[] timeline = new long[this.completionsPerSecond.length()];
		for (int i = 0; i < timeline.length; i++) {
			timeline[i] = this.completionsPerSecond.get(i);
		}
		long deliveredInPhase = this.endToEnd.getTotalCount();
		return new Result(name, duration.toSeconds(), deliveredInPhase, this.rejected.get(), this.submitLatency.copy(),
				this.endToEnd.copy(), timeline);
	}

	record Result(String name, long seconds, long delivered, long rejected, Histogram submit, Histogram endToEnd,
			long[] completionsPerSecond) {

		double throughput() {
			// the busiest sustained stretch: deliveries over the phase's own duration
			long sum = 0;
			for (int i = 0; i < Math.min(this.seconds, this.completionsPerSecond.length); i++) {
				sum += this.completionsPerSecond[i];
			}
			return (double) sum / Math.max(1, this.seconds);
		}

		double percentileMillis(Histogram h, double p) {
			return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(p) / 1000.0;
		}

	}

}
