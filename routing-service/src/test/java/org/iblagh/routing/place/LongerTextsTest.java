package org.iblagh.routing.place;

import java.util.List;

import org.iblagh.routing.data.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session 11: a known name with words that do not change it, and a different place whose
 * name contains a known one (docs/benchmarks/routing.md, session 11).
 */
class LongerTextsTest {

	static final PlaceResolver RESOLVER = new PlaceResolver(ReferenceData.load());

	@Test
	void tokensKeepTheirSegmentAndArticle() {
		assertThat(PlaceNames.tokens("Ribat El Kheir, Sefrou")).containsExactly(new PlaceNames.Token("ribat", 0, false),
				new PlaceNames.Token("kheir", 0, true), new PlaceNames.Token("sefrou", 1, false));
		assertThat(PlaceNames.tokens("رباط الخير")).extracting(PlaceNames.Token::articled).containsExactly(false, true);
		assertThat(PlaceNames.words("Oujda, quartier Lazaret")).isEqualTo(List.of("oujda", "quartier", "lazaret"));
	}

	@Test
	void vowelsLeftOutAreReadBack() {
		assertThat(PlaceNames.isWithoutVowels("mhmdia", "mohammedia")).isTrue();
		assertThat(PlaceNames.isWithoutVowels("khrbga", "khouribga")).isTrue();
		assertThat(PlaceNames.isWithoutVowels("mhdia", "mohammedia")).isFalse();
	}

	/** Resolved to the province of the town named, whatever the other words. */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = ';', textBlock = """
			Marrakech médina; 07.351
			centre ville de Fès; 03.231
			f tnja lbalia; 01.511
			Quartier Dakhla, Agadir; 09.001
			Temara près de Rabat; 04.501
			Bab Taza, Chefchaouen; 01.151
			Ribat El Kheir, Sefrou; 03.451
			Souk Larbâa du Rharb; 04.281
			Mohammedia Ain Harrouda; 06.371
			المدينة القديمة بمراكش; 07.351
			الجماعة الحضرية لمكناس; 03.061
			m7mdia; 06.371
			Hay Bernoussi; 06.141.01.50
			""")
	void aTownWithWordsThatDoNotChangeIt(String text, String code) {
		PlaceResolution resolution = RESOLVER.resolve(text, null);
		assertThat(resolution).isInstanceOf(PlaceResolution.Resolved.class);
		assertThat(((PlaceResolution.Resolved) resolution).place().province().code()).isEqualTo(code);
	}

	/** Not routed: another place, a person, a street, abroad; the reason says which. */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = ';', textBlock = """
			Ribat El Kheir; LONGER_NAME; Rabat
			رباط الخير; LONGER_NAME; Rabat
			Souira Lqdima; LONGER_NAME; Essaouira
			Sidi Slimane Cherraa; LONGER_NAME; Sidi Slimane
			Mehdia près de Kénitra; NEAR_UNKNOWN; Kénitra
			Kacem; PERSON_NAME; Sidi Kacem
			Bab Taza; UNKNOWN;
			Route de Rabat; UNKNOWN;
			Tangier, Indiana; ABROAD;
			Rabat, Gozo; ABROAD;
			""")
	void anotherPlaceIsNotRouted(String text, String reason, String suggested) {
		PlaceResolution resolution = RESOLVER.resolve(text, null);
		assertThat(resolution).isInstanceOf(PlaceResolution.Unresolved.class);
		PlaceResolution.Unresolved unresolved = (PlaceResolution.Unresolved) resolution;
		assertThat(unresolved.reason()).isEqualTo(reason);
		if (suggested != null) {
			assertThat(unresolved.suggestions()).contains(suggested);
		}
	}

}
