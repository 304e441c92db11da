package org.iblagh.routing.place;

/**
 * How a name the user gave matched a known name.
 *
 * @param field {@code city} or {@code province}
 * @param input the text as given
 * @param target what it matched
 * @param distance 0 for an exact match (after normalisation), else the edit distance
 */
public record NameMatch(String field, String input, PlaceTarget target, int distance) {

	public boolean fuzzy() {
		return this.distance > 0;
	}

}
