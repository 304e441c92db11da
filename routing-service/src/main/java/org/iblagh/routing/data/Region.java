package org.iblagh.routing.data;

import java.util.List;

/** A row of regions.csv. */
public record Region(String code, String nameFr, String nameAr, List<String> altNames, List<String> altNamesUnsourced,
		String chiefTown, String verified, String source) {

	static Region from(CsvTable.Row row) {
		return new Region(row.get("code"), row.get("name_fr"), row.get("name_ar"), row.list("alt_names"),
				row.list("alt_names_unsourced"), row.get("chief_town"), row.get("verified"), row.get("source"));
	}

}
