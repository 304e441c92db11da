package org.iblagh.contracts;

import java.time.Instant;

/**
 * A lifecycle change of a report. Every service publishes its own; intake keeps the
 * citizen's history from it and triage the console's.
 *
 * @param source the publishing service
 * @param detail a short machine-readable detail for the console (an office id, a reason
 * code); never personal data
 */
public record ReportStatusChanged(String eventId, Instant occurredAt, String reportId, int schemaVersion,
		ReportStatus status, String source, String detail) implements IntegrationEvent {
}
