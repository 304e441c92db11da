package org.iblagh.intake.report;

import java.time.Instant;

import org.iblagh.contracts.ReportStatus;

/**
 * One step of the citizen-facing history; the event id makes replays harmless.
 */
public record StatusEntry(ReportStatus status, Instant at, String eventId) {
}
