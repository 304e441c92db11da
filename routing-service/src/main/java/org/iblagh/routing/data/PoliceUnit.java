package org.iblagh.routing.data;

import java.util.List;

/** A row of police_units.csv. */
public record PoliceUnit(String id, String nameFr, String nameAr, String type, String city, String covers,
		String parent, String verified, String source, String notes) {

	static PoliceUnit from(CsvTable.Row row) {
		return new PoliceUnit(row.get("id"), row.get("name_fr"), row.get("name_ar"), row.get("type"), row.get("city"),
				row.get("covers"), row.get("parent"), row.get("verified"), row.get("source"), row.get("notes"));
	}

	/**
	 * Whether the unit is a territorial one (préfecture de police, sûreté provinciale or
	 * régionale) that covers the area around its seat.
	 */
	public boolean isTerritorial() {
		return this.type.startsWith("préfecture de police") || this.type.startsWith("sûreté");
	}

	public String cityName() {
		return Verification.withoutRemark(this.city);
	}

	/** The places the data says the unit covers; empty when the data has no source. */
	public List<String> coveredPlaces() {
		if (this.covers.isBlank() || this.covers.startsWith("not sourced")) {
			return List.of();
		}
		return java.util.Arrays.stream(this.covers.split("\\|")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
	}

}
