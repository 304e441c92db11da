package org.iblagh.routing.place;

import org.iblagh.routing.data.ReferenceData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AreaCodeLocatorTest {

	static final ReferenceData DATA = ReferenceData.load();

	private final AreaCodeLocator locator = new AreaCodeLocator(DATA, new PlaceResolver(DATA));

	@Test
	void aFixedLinePrefixPointsAtAProvinceByLongestPrefix() {
		AreaCodeLocator.AreaCodeHint hint = this.locator.locate("+212 522-123456").orElseThrow();
		assertThat(hint.areaCode().prefixNational()).isEqualTo("0522");
		assertThat(hint.provinceCodes()).containsExactly("06.141");
		assertThat(this.locator.locate("0537812345").orElseThrow().areaCode().prefixNational()).isEqualTo("05378");
		assertThat(this.locator.locate("00212537812345").orElseThrow().provinceCodes()).containsExactly("04.441");
	}

	@Test
	void aSharedPrefixDoesNotPickOneProvince() {
		AreaCodeLocator.AreaCodeHint hint = this.locator.locate("0530123456").orElseThrow();
		assertThat(hint.singleProvince()).isFalse();
		assertThat(hint.provinceCodes()).containsExactlyInAnyOrder("04.421", "04.281");
	}

	@Test
	void mobileAndForeignNumbersSayNothing() {
		assertThat(this.locator.locate("0612345678")).isEmpty();
		assertThat(this.locator.locate("+33 1 23 45 67 89")).isEmpty();
		assertThat(this.locator.locate(null)).isEmpty();
	}

}
