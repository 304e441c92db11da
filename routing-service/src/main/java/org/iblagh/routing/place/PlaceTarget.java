package org.iblagh.routing.place;

/**
 * What one indexed name points at.
 *
 * @param provinceCode the province, or null for a region name
 * @param regionCode the region (set for every target)
 * @param city the canonical city the name stands for, or null when it names only the
 * province or region
 * @param displayName the name as the data writes it (for suggestions and the basis)
 * @param source where the name comes from ({@code file row column})
 * @param sourced false for spellings that no source attests (the data's
 * {@code alt_names_unsourced} and the curated common spellings)
 * @param specificity higher wins when one name points twice at the same province (a court
 * seat says more than a chief town, which says more than a province name)
 */
public record PlaceTarget(String provinceCode, String regionCode, String city, String displayName, String source,
		boolean sourced, int specificity) {

	/** Distinct places for tie-breaking: two names of one province are not a tie. */
	String placeId() {
		return (this.provinceCode != null) ? this.provinceCode : "region:" + this.regionCode;
	}

}
