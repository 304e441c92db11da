package org.iblagh.triage.queue;

import java.util.List;

/**
 * A page of the queue: {@code content} ordered by priority then due time.
 */
public record QueuePage(List<QueueItem> content, int page, int size, long totalElements, int totalPages) {
}
