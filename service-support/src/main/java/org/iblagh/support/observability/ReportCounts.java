package org.iblagh.support.observability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The gauge {@code iblagh.reports{category,status}}: how many reports are in each
 * category and current status, counted by one aggregation now and then (a read, never a
 * write per event). The service that keeps every report's category and status history
 * (intake) turns it on with {@code iblagh.observability.report-counts.collection}.
 */
public class ReportCounts implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ReportCounts.class);

	private final MongoTemplate mongo;

	private final ReportCountsProperties properties;

	private final MultiGauge gauge;

	private ScheduledExecutorService scheduler;

	public ReportCounts(MongoTemplate mongo, MeterRegistry meters, ReportCountsProperties properties) {
		this.mongo = mongo;
		this.properties = properties;
		this.gauge = MultiGauge.builder("iblagh.reports")
			.description("Reports per category and current status")
			.register(meters);
	}

	/** Counts again and replaces the gauge's rows. */
	public void refresh() {
		List<MultiGauge.Row<?>> rows = new ArrayList<>();
		for (Document group : this.mongo.getCollection(this.properties.getCollection()).aggregate(pipeline())) {
			Document id = group.get("_id", Document.class);
			Number count = group.get("count", Number.class);
			rows.add(
					MultiGauge.Row.of(Tags.of("category", label(id.get("category")), "status", label(id.get("status"))),
							count.doubleValue()));
		}
		this.gauge.register(rows, true);
	}

	private List<Document> pipeline() {
		String category = "$" + this.properties.getCategoryField();
		String status = "$" + this.properties.getStatusField();
		String times = this.properties.getStatusTimeField();
		// the same current status as the reporter's follow-up page: the history's entry
		// with the latest time (the first of equals), whatever order events arrived in
		Object latest = (times == null || times.isBlank()) ? -1
				: new Document("$indexOfArray", List.of("$" + times, new Document("$max", "$" + times)));
		Document current = new Document("$cond", List.of(new Document("$isArray", status),
				new Document("$arrayElemAt", List.of(status, latest)), status));
		return List.of(new Document("$project", new Document("category", category).append("status", current)),
				new Document("$group",
						new Document("_id", new Document("category", "$category").append("status", "$status"))
							.append("count", new Document("$sum", 1))));
	}

	private static String label(Object value) {
		return (value != null) ? value.toString() : "UNKNOWN";
	}

	@Override
	public void start() {
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "report-counts");
			thread.setDaemon(true);
			return thread;
		});
		Duration every = this.properties.getRefresh();
		this.scheduler.scheduleWithFixedDelay(this::refreshQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void refreshQuietly() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			log.warn("Counting reports per category and status failed, will retry: {}", ex.toString());
		}
	}

	@Override
	public void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
			this.scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

}
