/**
 * The public statistics: a live funnel (received, triaged, referred, acknowledged) by
 * category, region and ISO week, with small counts suppressed. Computed periodically from
 * triage's own documents with read-only, projected queries and kept in memory, so the
 * event-handling path does not write one byte more. Public page {@code /statistics},
 * public JSON {@code /api/v1/statistics}, CSV export {@code /api/v1/statistics.csv} for
 * analysts and supervisors (audited).
 */
package org.iblagh.triage.statistics;
