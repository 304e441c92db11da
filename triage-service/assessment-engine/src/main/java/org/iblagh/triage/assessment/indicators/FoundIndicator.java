package org.iblagh.triage.assessment.indicators;

import org.iblagh.contracts.Indicator;

/**
 * An indicator with where it was found in the description ({@code start} = -1 when it
 * came from a structured field), so the summary can mask it.
 */
public record FoundIndicator(IndicatorType type, String value, String normalized, int start, int end) {

	public Indicator toIndicator() {
		return new Indicator(this.type.name(), this.value, this.normalized);
	}

}
