package org.iblagh.routing.data;

import java.util.List;

/** A row of courts_of_appeal.csv. */
public record CourtOfAppeal(String id, String nameFr, String nameAr, String seatCity, String seatProvinceCode,
		List<String> coversProvinces, String coversVerified, List<String> firstInstanceCourtIds, String prosecutorFr,
		String prosecutorAr, String financialCrimesSection, String financialCrimesSectionVerified,
		String terrorismJurisdiction, String verified, String evidence, String source, String notes) {

	static CourtOfAppeal from(CsvTable.Row row) {
		return new CourtOfAppeal(row.get("id"), row.get("name_fr"), row.get("name_ar"), row.get("seat_city"),
				row.get("seat_province_code"), row.list("covers_provinces"), row.get("covers_verified"),
				row.list("first_instance_court_ids"), row.get("prosecutor_fr"), row.get("prosecutor_ar"),
				row.get("financial_crimes_section"), row.get("financial_crimes_section_verified"),
				row.get("terrorism_jurisdiction"), row.get("verified"), row.get("evidence"), row.get("source"),
				row.get("notes"));
	}

}
