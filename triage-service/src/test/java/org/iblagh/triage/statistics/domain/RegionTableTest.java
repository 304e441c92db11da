package org.iblagh.triage.statistics.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionTableTest {

	private static final RegionTable SHIPPED = RegionTable.load();

	@Test
	void citiesProvincesAndRegionsInEveryCommonSpellingFindTheirRegion() {
		assertThat(SHIPPED.regionOf("Tanger", null)).isEqualTo("01");
		assertThat(SHIPPED.regionOf("  FES ", null)).isEqualTo("03");
		assertThat(SHIPPED.regionOf("Fès", null)).isEqualTo("03");
		assertThat(SHIPPED.regionOf("فاس", null)).isEqualTo("03");
		assertThat(SHIPPED.regionOf("الدار البيضاء", null)).isEqualTo("06");
		assertThat(SHIPPED.regionOf("Casa", null)).isEqualTo("06");
		assertThat(SHIPPED.regionOf("Rabat", null)).isEqualTo("04");
		assertThat(SHIPPED.regionOf("Marrakech", null)).isEqualTo("07");
		assertThat(SHIPPED.regionOf("Laâyoune", null)).isEqualTo("11");
		assertThat(SHIPPED.regionOf("Dakhla", null)).isEqualTo("12");
		assertThat(SHIPPED.regionOf(null, "Souss-Massa")).isEqualTo("09");
	}

	@Test
	void theCityDecidesThenTheProvinceElseTheRegionIsUnknown() {
		assertThat(SHIPPED.regionOf("Oujda", "Rabat")).isEqualTo("02");
		assertThat(SHIPPED.regionOf("Atlantis", "Rabat")).isEqualTo("04");
		assertThat(SHIPPED.regionOf("Atlantis", null)).isEqualTo(RegionTable.UNKNOWN);
		assertThat(SHIPPED.regionOf(null, null)).isEqualTo(RegionTable.UNKNOWN);
		assertThat(SHIPPED.regionOf("Rabaat", null)).as("no fuzzy guess").isEqualTo(RegionTable.UNKNOWN);
	}

	@Test
	void aNameOfTwoRegionsSaysNothing() {
		RegionTable table = RegionTable
			.parse(List.of("name,region_code,source", "Saint-Ville,01,test", "Saint Ville,02,test", "Oujda,02,test"));
		assertThat(table.regionOf("saint ville", null)).isEqualTo(RegionTable.UNKNOWN);
		assertThat(table.regionOf("OUJDA", null)).isEqualTo("02");
	}

	@Test
	void everyRegionIsReachable() {
		assertThat(RegionTable.CODES).hasSize(13);
		for (String region : List.of("Tanger-Tétouan-Al Hoceima", "Oriental", "Fès-Meknès", "Rabat-Salé-Kénitra",
				"Béni Mellal-Khénifra", "Casablanca-Settat", "Marrakech-Safi", "Drâa-Tafilalet", "Souss-Massa",
				"Guelmim-Oued Noun", "Laâyoune-Sakia El Hamra", "Dakhla-Oued Ed-Dahab")) {
			assertThat(SHIPPED.regionOf(null, region)).as(region).isNotEqualTo(RegionTable.UNKNOWN);
		}
	}

}
