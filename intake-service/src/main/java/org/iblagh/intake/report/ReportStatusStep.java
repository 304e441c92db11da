package org.iblagh.intake.report;

/**
 * A status another service announced for one report, as it joins that report's history.
 */
public record ReportStatusStep(String reportId, StatusEntry entry) {
}
