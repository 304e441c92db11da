package org.iblagh.notification.office;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeDirectoryTests {

	@Test
	void bundledOfficesCoverCourtsPoliceAndDuty() {
		OfficeDirectory directory = OfficeDirectory.bundled();
		assertThat(directory.all()).hasSizeGreaterThan(140);
		assertThat(directory.find("TPI-RABAT")).get().satisfies((o) -> {
			assertThat(o.kind()).isEqualTo("FIRST_INSTANCE");
			assertThat(o.name("ar")).isEqualTo("المحكمة الابتدائية بالرباط");
			assertThat(o.name("fr")).isEqualTo("Tribunal de première instance de Rabat");
		});
		assertThat(directory.isKnown("CA-RABAT")).isTrue();
		assertThat(directory.isKnown("DGSN-SLCNT")).isTrue();
		assertThat(directory.isKnown(OfficeDirectory.DUTY)).isTrue();
		assertThat(directory.isKnown("NOPE")).isFalse();
	}

}
