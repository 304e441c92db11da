package org.iblagh.routing.jurisdiction;

import java.time.LocalDate;

/**
 * A row of competence_rules.csv. A rule holds on dates in [effectiveFrom,
 * effectiveUntil); a missing bound is open.
 */
public record CompetenceRule(String id, String kind, String subject, String value, LocalDate effectiveFrom,
		LocalDate effectiveUntil, String verified, String source, String notes) {

	public boolean holdsOn(LocalDate date) {
		return (this.effectiveFrom == null || !date.isBefore(this.effectiveFrom))
				&& (this.effectiveUntil == null || date.isBefore(this.effectiveUntil));
	}

	/** "from 2023-11-10", "until 2023-11-10", "" for a rule without dates. */
	public String period() {
		if (this.effectiveFrom == null && this.effectiveUntil == null) {
			return "";
		}
		return ((this.effectiveFrom != null) ? "from " + this.effectiveFrom : "")
				+ ((this.effectiveFrom != null && this.effectiveUntil != null) ? " " : "")
				+ ((this.effectiveUntil != null) ? "until " + this.effectiveUntil : "");
	}

}
