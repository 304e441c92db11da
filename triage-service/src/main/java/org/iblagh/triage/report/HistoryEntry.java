package org.iblagh.triage.report;

import java.time.Instant;

import org.iblagh.contracts.ReportStatus;

/**
 * One status the report went through, whoever published it.
 *
 * @param detail a machine-readable detail (an office id, a reason code), never personal
 * data
 * @param eventId the event that carried it, so a replay adds nothing
 */
public record HistoryEntry(ReportStatus status, String source, String detail, Instant at, String eventId) {
}
