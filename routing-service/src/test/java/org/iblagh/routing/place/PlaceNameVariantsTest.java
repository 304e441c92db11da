package org.iblagh.routing.place;

import org.iblagh.routing.data.FirstInstanceCourt;
import org.iblagh.routing.data.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How names that are neither the data's spelling nor a small typo of it are read: an
 * article written attached, a transliteration, the first words of a long name, a name
 * inside a longer text, a part of a hyphenated prefecture name, an area code's city.
 */
class PlaceNameVariantsTest {

	static final ReferenceData DATA = ReferenceData.load();

	static final PlaceResolver RESOLVER = new PlaceResolver(DATA);

	@ParameterizedTest
	@CsvSource({ "eljadida,jadida", "alhoceima,hoceima", "eddakhla,dakhla", "essmara,smara", "errachidia,rachidia",
			"essaouira,saouira", "azilal,azilal", "alger,alger", "esmara,esmara", "tata,tata" })
	void anAttachedArticleIsDroppedOnlyWhereItIsOne(String key, String withoutArticle) {
		assertThat(PlaceNames.withoutAttachedArticle(key)).isEqualTo(withoutArticle);
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', textBlock = """
			Kénitra; Qnitra
			Chefchaouen; Shefshawen
			Oued Zem; Wad Zem
			Ben Guerir; Bengrir
			Guelmim; Glmim
			Meknès; Miknas
			Ouarzazate; Warzazat
			Tétouan; Titwan
			Fquih Ben Salah; Fkih Bensalah
			""")
	void transliterationsShareTheirConsonants(String a, String b) {
		assertThat(PlaceNames.skeleton(a)).isEqualTo(PlaceNames.skeleton(b));
	}

	@ParameterizedTest
	@CsvSource({ "Guelmim,Goulmima", "Témara,Smara", "Taza,Tata", "Rabat,Ribat Lkhir" })
	void differentPlacesKeepDifferentSkeletons(String a, String b) {
		assertThat(PlaceNames.skeleton(a)).isNotEqualTo(PlaceNames.skeleton(b));
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', textBlock = """
			Ouled Teima; Oulad Teïma
			Awlad Teima; Oulad Teima
			Bni Mellal; Béni Mellal
			Qasba Tadla; Kasba Tadla
			Qsar El Kebir; Ksar El Kébir
			Wad Zem; Oued Zem
			Souq Larbaa; Souk Larbaa
			Mulay Yacoub; Moulay Yacoub
			""")
	void theGenericWordsOfPlaceNamesHaveOneSpelling(String a, String b) {
		assertThat(PlaceNames.key(a)).isEqualTo(PlaceNames.key(b));
	}

	@Test
	void aLongNameSaidWithoutItsFirstWordIsFound() {
		ResolvedPlace place = resolved("Sebt Oulad Nemma");
		assertThat(place.courtsSeatedInCity()).extracting(FirstInstanceCourt::id).containsExactly("TPI-SOUK-SEBT");
		assertThat(place.remarks()).anySatisfy((r) -> assertThat(r).contains("last words"));
	}

	@Test
	void aKForAGIsReadAsTheArabicKafOnlyOnLongerNames() {
		ResolvedPlace place = resolved("Zakoura");
		assertThat(place.courtsSeatedInCity()).extracting(FirstInstanceCourt::id).containsExactly("TPI-ZAGORA");
		assertThat(place.remarks()).anySatisfy((r) -> assertThat(r).contains("g for k"));
		assertThat(resolved("Akadir").courtsSeatedInCity()).extracting(FirstInstanceCourt::id)
			.containsExactly("TPI-AGADIR");
		assertThat(resolved("Kaza").province().code()).isEqualTo("06.141"); // an alt name
		assertThat(RESOLVER.resolve("Gaza", null)).isInstanceOf(PlaceResolution.Unresolved.class);
	}

	@Test
	void aShortNameIsNotGuessedFromAChangedConsonant() {
		assertThat(resolved("Fass").province().code()).isEqualTo("03.231"); // a doubled
																			// letter
		assertThat(resolved("Fass").remarks()).anySatisfy((r) -> assertThat(r).contains("doubled letter"));
		assertThat(RESOLVER.resolve("Fahz", null)).isInstanceOf(PlaceResolution.Unresolved.class);
		assertThat(resolved("Rbat").province().code()).isEqualTo("04.421"); // a vowel
																			// less
	}

	@Test
	void arabicScriptHasNoSkeleton() {
		assertThat(PlaceNames.skeleton("القنيطرة")).isEmpty();
	}

	@Test
	void eachWayOfReadingANameIsSaidInTheRemarks() {
		assertThat(resolved("Eljadida").remarks()).anySatisfy((r) -> assertThat(r).contains("attached article"));
		assertThat(resolved("Qnitra").remarks()).anySatisfy((r) -> assertThat(r).contains("same consonants"));
		assertThat(resolved("Souk Sebt").remarks()).anySatisfy((r) -> assertThat(r).contains("first words"));
		assertThat(resolved("quartier Maarif, Casablanca").remarks())
			.anySatisfy((r) -> assertThat(r).contains("'casablanca'").contains("other words were not used"));
		assertThat(resolved("Rabat").remarks()).isEmpty();
	}

	@Test
	void aTieOfNearNamesIsBrokenOnlyByTheSameConsonants() {
		ResolvedPlace place = resolved("Tmara"); // Témara (a vowel less) vs Smara (a
													// consonant changed)
		assertThat(place.province().code()).isEqualTo("04.501");
		assertThat(place.remarks()).anySatisfy((r) -> assertThat(r).contains("same consonants"));
		assertThat(((PlaceResolution.Unresolved) RESOLVER.resolve("Tatza", null)).reason()).isEqualTo("AMBIGUOUS");
	}

	@Test
	void threeConsonantsAreTooFewToMatchAlone() {
		assertThat(RESOLVER.resolve("Médina", null)).isInstanceOf(PlaceResolution.Unresolved.class);
		assertThat(RESOLVER.resolve("Lyon", null)).isInstanceOf(PlaceResolution.Unresolved.class);
	}

	@Test
	void aTextNamingTwoPlacesIsAmbiguous() {
		PlaceResolution.Unresolved unresolved = (PlaceResolution.Unresolved) RESOLVER.resolve("entre Rabat et Salé",
				null);
		assertThat(unresolved.reason()).isEqualTo("AMBIGUOUS");
		assertThat(unresolved.suggestions()).contains("Rabat", "Salé");
	}

	@Test
	void aTownNamedWithItsProvinceIsTheTown() {
		ResolvedPlace place = resolved("Ksar El Kebir, Larache");
		assertThat(place.courtsSeatedInCity()).extracting(FirstInstanceCourt::id).containsExactly("TPI-KSAR-EL-KEBIR");
	}

	@Test
	void aCityAndOneOfItsArrondissementsIsTheArrondissement() {
		ResolvedPlace place = resolved("الدار البيضاء عين الشق");
		assertThat(place.province().code()).isEqualTo("06.141.01.40");
		assertThat(place.courtsSeatedInCity()).extracting(FirstInstanceCourt::id).contains("TPI-CASA-PENAL");
	}

	@Test
	void aDistrictSharedByTwoArrondissementsIsTheirCity() {
		assertThat(resolved("Sidi Othmane").province().code()).isEqualTo("06.141");
	}

	@Test
	void partsOfHyphenatedPrefectureNamesArePlacesOfTheirOwn() {
		assertThat(resolved("الفنيدق").province().code()).isEqualTo("01.573");
		assertThat(resolved("Ait Baha").province().code()).isEqualTo("09.163");
		assertThat(resolved("Mers Sultan").province().code()).isEqualTo("06.141.01.10");
		// a part that is a town's name spelled differently is that town
		assertThat(resolved("Assilah").courtsSeatedInCity()).extracting(FirstInstanceCourt::id)
			.containsExactly("TPI-ASILAH");
		// a part that is another place's own name is not taken: Casablanca stays one
		// place
		assertThat(RESOLVER.exactTargets("Casablanca")).extracting(PlaceTarget::provinceCode).containsExactly("06.141");
		// hyphens inside one name are not split
		assertThat(RESOLVER.exactTargets("Béni")).isEmpty();
		assertThat(RESOLVER.exactTargets("Hay")).isEmpty();
		assertThat(RESOLVER.exactTargets("Oued")).isEmpty();
	}

	@Test
	void anAreaCodeForOneCityKeepsTheCity() {
		AreaCodeLocator locator = new AreaCodeLocator(DATA, RESOLVER);
		assertThat(locator.locate("0539 41 23 45").orElseThrow().singleCity()).contains("Asilah");
		assertThat(locator.locate("0528 51 23 45").orElseThrow().singleCity()).isEmpty(); // Taroudant|Oulad
																							// Teïma
		assertThat(locator.locate("0530 12 34 56").orElseThrow().singleCity()).isEmpty(); // Rabat|Kénitra
	}

	static ResolvedPlace resolved(String city) {
		PlaceResolution resolution = RESOLVER.resolve(city, null);
		assertThat(resolution).as(city).isInstanceOf(PlaceResolution.Resolved.class);
		return ((PlaceResolution.Resolved) resolution).place();
	}

}
