package org.iblagh.intake.portal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortalLanguagesTest {

	@Test
	void theLanguagesAreTheBundlesWithArabicFirstAndDefault() {
		PortalLanguages languages = PortalLanguages.fromClasspath();
		assertThat(languages.all()).extracting(PortalLanguages.Language::code)
			.startsWith("ar")
			.contains("fr", "en", "es");
		assertThat(languages.resolve(null).code()).isEqualTo("ar");
		assertThat(languages.resolve("xx").dir()).isEqualTo("rtl");
		assertThat(languages.resolve("fr").dir()).isEqualTo("ltr");
	}

	@Test
	void theCityPickerKnowsArabicFrenchAndCommonSpellings() {
		assertThat(Cities.spellings()).contains("Tanger-Assilah", "طنجة-أصيلة", "Tangier", "Tétouan", "Tetouan");
	}

}
