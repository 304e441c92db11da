package org.iblagh.triage.report;

import java.time.Instant;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.OffenceClass;
import org.iblagh.contracts.Place;

/**
 * The last decision an investigator took on a report, with the corrections they made.
 */
public record DecisionRecord(String action, String decidedBy, Instant at, Category category, Place place,
		OffenceClass offenceClass, String reason) {
}
