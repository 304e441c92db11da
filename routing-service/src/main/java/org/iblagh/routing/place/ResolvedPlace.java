package org.iblagh.routing.place;

import java.util.List;

import org.iblagh.routing.data.FirstInstanceCourt;
import org.iblagh.routing.data.Province;

/**
 * A place known to the reference data.
 *
 * @param province the prefecture/province (or Casablanca préfecture d'arrondissements)
 * @param city the canonical city, or null when only the province is known
 * @param courtsSeatedInCity first-instance courts whose seat is that city (empty when
 * none or no city)
 * @param matches how each given name matched
 * @param remarks what the caller should know (a conflict, an ignored city name)
 */
public record ResolvedPlace(Province province, String city, List<FirstInstanceCourt> courtsSeatedInCity,
		List<NameMatch> matches, List<String> remarks) {

	public ResolvedPlace {
		courtsSeatedInCity = List.copyOf(courtsSeatedInCity);
		matches = List.copyOf(matches);
		remarks = List.copyOf(remarks);
	}

}
