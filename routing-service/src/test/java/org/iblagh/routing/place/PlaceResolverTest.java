package org.iblagh.routing.place;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.iblagh.routing.data.CsvTable;
import org.iblagh.routing.data.FirstInstanceCourt;
import org.iblagh.routing.data.Province;
import org.iblagh.routing.data.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceResolverTest {

	static final ReferenceData DATA = ReferenceData.load();

	static final PlaceResolver RESOLVER = new PlaceResolver(DATA);

	/** Every name, alternative name and chief town of every prefecture/province. */
	static Stream<Arguments> everyProvinceName() {
		List<Arguments> cases = new ArrayList<>();
		for (Province p : DATA.provinces()) {
			List<String> names = new ArrayList<>(List.of(p.nameFr(), p.nameAr()));
			names.addAll(p.altNames());
			names.addAll(p.altNamesUnsourced());
			if (!p.isArrondissement()) {
				names.add(p.chiefTown());
			}
			for (String name : names) {
				cases.add(Arguments.of(p.code(), name));
			}
		}
		assertThat(cases).hasSizeGreaterThan(300);
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} ← {1}")
	@MethodSource("everyProvinceName")
	void everyNameInTheDataResolvesToItsProvince(String code, String name) {
		assertThat(provinceOf(RESOLVER.resolve(name, null))).as("as city").isEqualTo(code);
		assertThat(provinceOf(RESOLVER.resolve(null, name))).as("as province").isEqualTo(code);
		assertThat(provinceOf(RESOLVER.resolve(name.toUpperCase(java.util.Locale.ROOT), null))).as("upper case")
			.isEqualTo(code);
	}

	static Stream<Arguments> everyCourtSeat() {
		return DATA.firstInstanceCourts().values().stream().map((c) -> Arguments.of(c.id(), c.seatCityName()));
	}

	@ParameterizedTest(name = "{0} seated in {1}")
	@MethodSource("everyCourtSeat")
	void aCityThatSeatsACourtIsKnownAsSuch(String courtId, String city) {
		FirstInstanceCourt court = DATA.firstInstanceCourts().get(courtId);
		ResolvedPlace place = resolved(RESOLVER.resolve(city, null));
		assertThat(place.province().code()).isEqualTo(court.seatProvinceCode());
		assertThat(place.courtsSeatedInCity()).contains(court);
		// the Arabic city name read from the court's Arabic name works as well
		String arabic = PlaceResolver.arabicSeat(court.nameAr()).orElseThrow();
		assertThat(resolved(RESOLVER.resolve(arabic, null)).courtsSeatedInCity()).contains(court);
	}

	static Stream<Arguments> commonSpellings() {
		return CsvTable.resource(PlaceResolver.COMMON_SPELLINGS)
			.map((row) -> Arguments.of(row.get("spelling"), row.get("province_code")))
			.stream();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("commonSpellings")
	void curatedCommonSpellingsResolve(String spelling, String code) {
		assertThat(provinceOf(RESOLVER.resolve(spelling, null))).isEqualTo(code);
	}

	@ParameterizedTest(name = "{0} → {1} (court {2})")
	@CsvSource(delimiter = ';', textBlock = """
			Casa; 06.141; TPI-CASA-PENAL
			Dar el Beida; 06.141; TPI-CASA-PENAL
			الدار البيضاء; 06.141; TPI-CASA-PENAL
			الدارالبيضاء; 06.141; TPI-CASA-PENAL
			CASABLANCA; 06.141; TPI-CASA-PENAL
			Marrakesh; 07.351; TPI-MARRAKECH
			marrakech; 07.351; TPI-MARRAKECH
			Fez; 03.231; TPI-FES
			fès; 03.231; TPI-FES
			فاس; 03.231; TPI-FES
			Tangier; 01.511; TPI-TANGER
			سلا; 04.441; TPI-SALE
			Laayoune; 11.321; TPI-LAAYOUNE
			العيون; 11.321; TPI-LAAYOUNE
			Rabat; 04.421; TPI-RABAT
			Ksar el-Kebir; 01.331; TPI-KSAR-EL-KEBIR
			""")
	void commonCityNames(String name, String code, String court) {
		ResolvedPlace place = resolved(RESOLVER.resolve(name, null));
		assertThat(place.province().code()).isEqualTo(code);
		assertThat(place.courtsSeatedInCity()).extracting(FirstInstanceCourt::id).contains(court);
	}

	@ParameterizedTest(name = "typo {0} → {1}")
	@CsvSource({ "Casablnaca,06.141", "Marakech,07.351", "Marrakesch,07.351", "Kenitr,04.281", "Tetuoan,01.571",
			"Ouarzazatt,08.401", "Agadri,09.001", "Khouribgaa,05.311", "Errachidiya,08.201", "Mekness,03.061" })
	void smallTyposResolve(String typo, String code) {
		PlaceResolution resolution = RESOLVER.resolve(typo, null);
		assertThat(provinceOf(resolution)).isEqualTo(code);
		assertThat(resolved(resolution).matches().get(0).fuzzy()).isTrue();
	}

	@Test
	void aTieBetweenTwoPlacesIsNotGuessed() {
		PlaceResolution resolution = RESOLVER.resolve("Tatza", null);
		assertThat(resolution).isInstanceOf(PlaceResolution.Unresolved.class);
		PlaceResolution.Unresolved unresolved = (PlaceResolution.Unresolved) resolution;
		assertThat(unresolved.reason()).isEqualTo("AMBIGUOUS");
		assertThat(unresolved.suggestions()).containsExactlyInAnyOrder("Taza", "Tata");
	}

	@Test
	void aProvinceDisambiguatesATie() {
		assertThat(provinceOf(RESOLVER.resolve("Tatza", "Province de Taza"))).isEqualTo("03.561");
	}

	@Test
	void shortNamesAreNotMatchedFuzzily() {
		assertThat(RESOLVER.resolve("Fxy", null)).isInstanceOf(PlaceResolution.Unresolved.class);
	}

	@Test
	void unknownPlaceGivesAtMostFiveSuggestionsNearestFirst() {
		PlaceResolution.Unresolved unresolved = (PlaceResolution.Unresolved) RESOLVER.resolve("Marrrrakechhh", null);
		assertThat(unresolved.reason()).isEqualTo("UNKNOWN");
		assertThat(unresolved.suggestions()).hasSizeLessThanOrEqualTo(5).first().asString().startsWith("Marrak");
		assertThat(((PlaceResolution.Unresolved) RESOLVER.resolve("Paris", null)).suggestions())
			.hasSizeLessThanOrEqualTo(5);
	}

	@Test
	void noPlaceAtAll() {
		assertThat(((PlaceResolution.Unresolved) RESOLVER.resolve(" ", null)).reason()).isEqualTo("NO_PLACE");
	}

	@Test
	void aRegionIsNotAProvinceButSuggestsItsProvinces() {
		PlaceResolution.Unresolved unresolved = (PlaceResolution.Unresolved) RESOLVER.resolve("L'Oriental", null);
		assertThat(unresolved.reason()).isEqualTo("REGION_ONLY");
		assertThat(unresolved.suggestions()).contains("Oujda-Angad").hasSize(5);
	}

	@Test
	void theCityDecidesAndAConflictingProvinceIsReported() {
		ResolvedPlace place = resolved(RESOLVER.resolve("Tanger", "Rabat"));
		assertThat(place.province().code()).isEqualTo("01.511");
		assertThat(place.remarks()).hasSize(1);
	}

	@Test
	void anUnknownCityFallsBackToAKnownProvince() {
		ResolvedPlace place = resolved(RESOLVER.resolve("Douar Xyzw", "Settat"));
		assertThat(place.province().code()).isEqualTo("06.461");
		assertThat(place.remarks()).containsExactly("The city name was not recognised; the province decides.");
	}

	@Test
	void aCasablancaArrondissementKeepsTheCityOfCasablanca() {
		ResolvedPlace place = resolved(RESOLVER.resolve("Casablanca", "Hay Hassani"));
		assertThat(place.province().code()).isEqualTo("06.141.01.30");
		assertThat(place.courtsSeatedInCity()).extracting(FirstInstanceCourt::id).contains("TPI-CASA-PENAL");
	}

	@Test
	void unsourcedSpellingsAreMarkedAsSuch() {
		NameMatch match = resolved(RESOLVER.resolve("Casa", null)).matches().get(0);
		assertThat(match.target().sourced()).isFalse();
		assertThat(match.target().source()).startsWith("common_spellings.csv");
		assertThat(resolved(RESOLVER.resolve("Casablanca", null)).matches().get(0).target().sourced()).isTrue();
	}

	static String provinceOf(PlaceResolution resolution) {
		assertThat(resolution).isInstanceOf(PlaceResolution.Resolved.class);
		return ((PlaceResolution.Resolved) resolution).place().province().code();
	}

	static ResolvedPlace resolved(PlaceResolution resolution) {
		assertThat(resolution).isInstanceOf(PlaceResolution.Resolved.class);
		return ((PlaceResolution.Resolved) resolution).place();
	}

}
