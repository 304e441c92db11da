package org.iblagh.routing.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataTest {

	private final ReferenceData data = ReferenceData.load();

	@Test
	void everyFileIsLoadedWithEveryRow() {
		assertThat(this.data.regions()).hasSize(12);
		assertThat(this.data.provinces()).hasSize(83);
		assertThat(this.data.provinces().stream().filter((p) -> !p.isArrondissement())).hasSize(75);
		assertThat(this.data.courtsOfAppeal()).hasSize(23);
		assertThat(this.data.firstInstanceCourts()).hasSize(90);
		assertThat(this.data.policeUnits()).hasSize(40);
		assertThat(this.data.areaCodes()).hasSize(70);
		assertThat(this.data.offences()).hasSize(30);
	}

	@Test
	void provenanceAndVerificationColumnsAreKept() {
		Province guercif = this.data.province("02.265").orElseThrow();
		assertThat(guercif.nameAr()).isEqualTo("جرسيف");
		assertThat(guercif.altNames()).contains("كرسيف");
		assertThat(guercif.courtMappingVerified()).startsWith("no");
		assertThat(guercif.courtMappingIsVerified()).isFalse();
		assertThat(guercif.source()).contains("HCP");
		FirstInstanceCourt casa = this.data.firstInstanceCourts().get("TPI-CASA-PENAL");
		assertThat(casa.verified()).isEqualTo("yes");
		assertThat(casa.coversVerified()).isEqualTo("no");
		assertThat(this.data.firstInstanceCourts().get("TPI-FIGUIG").seatCityName()).isEqualTo("Figuig");
		assertThat(this.data.policeUnits().get("PP-OUJDA").coveredPlaces()).contains("Jerada", "Saïdia");
		assertThat(this.data.policeUnits().get("PP-RABAT").coveredPlaces()).isEmpty();
		assertThat(this.data.courtsOfAppeal().get("CA-RABAT").terrorismJurisdiction()).contains("terrorism");
	}

}
