package org.iblagh.triage.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.iblagh.triage.statistics.domain.FunnelTable;
import org.iblagh.triage.statistics.domain.IsoWeeks;
import org.iblagh.triage.statistics.domain.PublishedFunnel;
import org.iblagh.triage.statistics.domain.Suppression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;

/**
 * The funnel kept in memory: computed as soon as the service has started, then again
 * every {@code iblagh.statistics.refresh-interval} (longer when a scan is slow, see
 * {@link #nextDelay}), on a thread of its own so a slow scan never holds up a request or
 * a consumer. Requests read the last snapshot.
 */
class FunnelStatistics implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(FunnelStatistics.class);

	private final FunnelSource source;

	private final Suppression suppression;

	private final StatisticsProperties properties;

	private final Clock clock;

	// at most one tenth of the time spent scanning
	private static final int MAX_SHARE_INVERSE = 10;

	private final AtomicReference<Snapshot> current = new AtomicReference<>();

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "statistics-refresh");
		thread.setDaemon(true);
		return thread;
	});

	FunnelStatistics(FunnelSource source, StatisticsProperties properties, Clock clock) {
		this.source = source;
		this.suppression = new Suppression(properties.threshold());
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationStartedEvent.class)
	void start() {
		this.scheduler.schedule(this::refreshAndReschedule, 0, TimeUnit.MILLISECONDS);
	}

	/**
	 * Recomputes the funnel now (the scheduler's task; tests call it to skip the wait).
	 */
	Snapshot refresh() {
		Instant now = this.clock.instant();
		FunnelTable exact = this.source.read(IsoWeeks.startOfWeek(now, this.properties.weeks() - 1));
		Snapshot snapshot = new Snapshot(IsoWeeks.of(now), exact, this.suppression.publish(exact));
		this.current.set(snapshot);
		return snapshot;
	}

	private void refreshAndReschedule() {
		long started = System.nanoTime();
		try {
			Snapshot snapshot = refresh();
			log.debug("Statistics refreshed: {} cells in {} ms", snapshot.exact().size(),
					Duration.ofNanos(System.nanoTime() - started).toMillis());
		}
		catch (RuntimeException ex) {
			// keep the last snapshot and try again at the next tick
			log.warn("Statistics refresh failed: {}", ex.toString());
		}
		finally {
			if (!this.scheduler.isShutdown()) {
				this.scheduler.schedule(this::refreshAndReschedule,
						nextDelay(this.properties.refreshInterval(), Duration.ofNanos(System.nanoTime() - started))
							.toMillis(),
						TimeUnit.MILLISECONDS);
			}
		}
	}

	/**
	 * The wait before the next computation: the configured interval, stretched so that
	 * scanning never takes more than a tenth of the time. A full scan is cheap on a real
	 * MongoDB (well under a second at 100,000 reports) but can take seconds on the
	 * embedded development server or a loaded machine, and the event consumers need the
	 * database more than the statistics need freshness.
	 */
	static Duration nextDelay(Duration interval, Duration lastScan) {
		Duration stretched = lastScan.multipliedBy(MAX_SHARE_INVERSE - 1);
		return (stretched.compareTo(interval) > 0) ? stretched : interval;
	}

	/** The last computed funnel; empty until the first computation has finished. */
	Optional<Snapshot> current() {
		return Optional.ofNullable(this.current.get());
	}

	int threshold() {
		return this.suppression.threshold();
	}

	@Override
	public void destroy() {
		this.scheduler.shutdownNow();
	}

	/**
	 * One computation.
	 *
	 * @param asOfWeek the ISO week it was computed in (no finer time is published)
	 * @param exact the unsuppressed table: only for a supervisor's audited export
	 * @param published what the public may see
	 */
	record Snapshot(String asOfWeek, FunnelTable exact, PublishedFunnel published) {

		PublishedFunnel unsuppressed() {
			return Suppression.none().publish(this.exact);
		}

	}

}
