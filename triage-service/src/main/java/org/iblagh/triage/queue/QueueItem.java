package org.iblagh.triage.queue;

import java.time.Instant;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.Priority;
import org.iblagh.contracts.ReportStatus;

/**
 * One line of the queue.
 *
 * @param overdue whether an open report passed its due time
 */
public record QueueItem(String reportId, Category category, Priority priority, int score, ReportStatus status,
		Instant receivedAt, Instant dueAt, String clusterId, String summary, boolean overdue, String claimedBy) {
}
