package org.iblagh.routing.data;

/** A row of first_instance_courts.csv (tribunal de première instance, TPI). */
public record FirstInstanceCourt(String id, String nameFr, String nameAr, String seatCity, String seatProvinceCode,
		String seatProvinceName, String courtOfAppealId, String covers, String coversVerified, String prosecutorFr,
		String prosecutorAr, String verified, String evidence, String source, String notes) {

	static FirstInstanceCourt from(CsvTable.Row row) {
		return new FirstInstanceCourt(row.get("id"), row.get("name_fr"), row.get("name_ar"), row.get("seat_city"),
				row.get("seat_province_code"), row.get("seat_province_name"), row.get("court_of_appeal_id"),
				row.get("covers"), row.get("covers_verified"), row.get("prosecutor_fr"), row.get("prosecutor_ar"),
				row.get("verified"), row.get("evidence"), row.get("source"), row.get("notes"));
	}

	/**
	 * The seat city without the data's remarks, e.g. "Figuig (seat town not verified;
	 * possibly Bouarfa)" → "Figuig".
	 */
	public String seatCityName() {
		return Verification.withoutRemark(this.seatCity);
	}

}
