package org.iblagh.contracts;

/**
 * Where the facts happened or where the reporter is, as the citizen or an investigator
 * named it.
 */
public record Place(String city, String province) {

	/**
	 * Whether a place names neither a city nor a province (a static method, so it is not
	 * mistaken for a JSON property).
	 */
	public static boolean isUnknown(Place place) {
		return place == null || ((place.city == null || place.city.isBlank())
				&& (place.province == null || place.province.isBlank()));
	}

}
