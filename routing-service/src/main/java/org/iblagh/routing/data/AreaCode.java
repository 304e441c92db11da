package org.iblagh.routing.data;

import java.util.List;

/** A row of phone_area_codes.csv. */
public record AreaCode(String prefixNational, String prefixE164, String numberType, String areaInSource,
		List<String> cities, List<String> regionCodes, String regionCodesBasis, String verified, String source,
		String notes) {

	static AreaCode from(CsvTable.Row row) {
		return new AreaCode(row.get("prefix_national"), row.get("prefix_e164"), row.get("number_type"),
				row.get("area_in_source"), row.list("cities"), row.list("region_codes"), row.get("region_codes_basis"),
				row.get("verified"), row.get("source"), row.get("notes"));
	}

	/** Only fixed geographic prefixes made of digits say anything about a place. */
	public boolean isGeographic() {
		return this.numberType.equals("fixed geographic") && this.prefixNational.chars().allMatch(Character::isDigit)
				&& !this.cities.isEmpty();
	}

}
