package org.iblagh.routing.data;

import java.util.List;

/**
 * A row of prefectures_provinces.csv: a prefecture, a province, or one of Casablanca's
 * préfectures d'arrondissements (whose code extends its parent's, e.g. 06.141.01.00).
 */
public record Province(String code, String nameFr, String nameAr, String type, List<String> altNames,
		List<String> altNamesUnsourced, String regionCode, String chiefTown, String chiefTownVerified,
		String courtOfAppealId, List<String> firstInstanceCourtIds, String courtMappingVerified, String verified,
		String source, String notes) {

	static Province from(CsvTable.Row row) {
		return new Province(row.get("code"), row.get("name_fr"), row.get("name_ar"), row.get("type"),
				row.list("alt_names"), row.list("alt_names_unsourced"), row.get("region_code"), row.get("chief_town"),
				row.get("chief_town_verified"), row.get("court_of_appeal_id"), row.list("first_instance_court_ids"),
				row.get("court_mapping_verified"), row.get("verified"), row.get("source"), row.get("notes"));
	}

	/** Whether this row is a préfecture d'arrondissements inside a larger prefecture. */
	public boolean isArrondissement() {
		return this.type.startsWith("prefecture_of_arrondissements");
	}

	/** Whether the data states the province → court mapping as verified. */
	public boolean courtMappingIsVerified() {
		return Verification.isYes(this.courtMappingVerified);
	}

}
