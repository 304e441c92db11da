package org.iblagh.routing.place;

import java.util.List;

/** The outcome of place resolution: a known place, or an explicit "we do not know". */
public sealed interface PlaceResolution {

	/** A place that maps to exactly one province. */
	record Resolved(ResolvedPlace place) implements PlaceResolution {
	}

	/**
	 * No place, an unknown one, or one that could be several; never a guess.
	 *
	 * @param reason a stable code: NO_PLACE, UNKNOWN, AMBIGUOUS, REGION_ONLY, ABROAD,
	 * DISTRICT_ONLY, LONGER_NAME (a place the data does not hold whose name starts with a
	 * known one), NEAR_UNKNOWN (such a place near a known one), PERSON_NAME
	 * @param suggestions up to five nearest known names
	 */
	record Unresolved(String reason, List<String> suggestions) implements PlaceResolution {

		public Unresolved {
			suggestions = List.copyOf(suggestions);
		}

	}

}
