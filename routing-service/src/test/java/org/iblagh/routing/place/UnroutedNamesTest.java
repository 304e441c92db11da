package org.iblagh.routing.place;

import java.util.stream.Stream;

import org.iblagh.routing.data.CsvTable;
import org.iblagh.routing.data.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names that must not be routed from the text alone ({@code unrouted_names.csv}: places
 * abroad, districts the data does not hold, names of several places) and the spellings
 * read in session 10: Tifinagh, Arabizi digits, the Moroccan Arabic article "l", Spanish
 * j for kh, a street named after a city.
 */
class UnroutedNamesTest {

	static final ReferenceData DATA = ReferenceData.load();

	static final PlaceResolver RESOLVER = new PlaceResolver(DATA);

	static Stream<Arguments> unroutedNames() {
		return CsvTable.resource(PlaceResolver.UNROUTED_NAMES)
			.map((row) -> Arguments.of(row.get("name"), row.get("kind")))
			.stream();
	}

	/**
	 * An abroad name that were also a Moroccan one would hide that place inside any
	 * longer text; a district or an ambiguous name may be one (Hay Mohammadi is an
	 * arrondissement of Casablanca and a district of Agadir) and then the data's place is
	 * routed.
	 */
	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("unroutedNames")
	void anUnroutedNameIsNotRoutedAloneUnlessTheDataHasIt(String name, String kind) {
		if (kind.equals(PlaceResolver.ABROAD)) {
			assertThat(RESOLVER.exactTargets(name)).as("a Moroccan place of the data").isEmpty();
		}
		if (RESOLVER.exactTargets(name).isEmpty()) {
			assertThat(RESOLVER.resolve(name, null)).isInstanceOf(PlaceResolution.Unresolved.class);
		}
	}

	@Test
	void aDistrictAloneSuggestsItsCity() {
		PlaceResolution.Unresolved unresolved = (PlaceResolution.Unresolved) RESOLVER.resolve("Derb Sultan", null);
		assertThat(unresolved.reason()).isEqualTo(PlaceResolver.DISTRICT_ONLY);
		assertThat(unresolved.suggestions()).containsExactly("Casablanca");
		assertThat(((PlaceResolution.Unresolved) RESOLVER.resolve("Agdal", null)).suggestions())
			.containsExactlyInAnyOrder("Rabat", "Fès");
	}

	@ParameterizedTest(name = "{0} / {1} → {2}")
	@CsvSource(delimiter = ';', textBlock = """
			Derb Sultan, Casablanca;  ; 06.141
			Sidi Moumen; Casablanca; 06.141
			Hay Mohammadi, Agadir;  ; 09.001
			Hay Mohammadi Casablanca;  ; 06.141.01.20
			Rue de Fès, Tanger;  ; 01.511
			Bd de Paris, Casablanca;  ; 06.141
			شارع محمد الخامس الرباط;  ; 04.421
			""")
	void aDistrictOrAStreetYieldsToTheCityNamedWithIt(String city, String province, String code) {
		PlaceResolution resolution = RESOLVER.resolve(city, province);
		assertThat(resolution).isInstanceOf(PlaceResolution.Resolved.class);
		assertThat(((PlaceResolution.Resolved) resolution).place().province().code()).isEqualTo(code);
	}

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = ';', textBlock = """
			Casablanca, Chile;
			Rabat (Malte);
			Melilla; Nador
			Paris; Casablanca
			سبتة; تطوان
			""")
	void aPlaceAbroadIsNotRoutedToTheProvinceNamedBesideIt(String city, String province) {
		PlaceResolution resolution = RESOLVER.resolve(city, province);
		assertThat(resolution).isInstanceOf(PlaceResolution.Unresolved.class);
		assertThat(((PlaceResolution.Unresolved) resolution).reason()).isEqualTo(PlaceResolver.ABROAD);
	}

	@Test
	void aNameOfTwoProvincesIsNotGuessed() {
		PlaceResolution.Unresolved unresolved = (PlaceResolution.Unresolved) RESOLVER.resolve("El Aïoun", null);
		assertThat(unresolved.reason()).isEqualTo("AMBIGUOUS");
		assertThat(unresolved.suggestions()).containsExactlyInAnyOrder("Laâyoune", "Taourirt");
		assertThat(RESOLVER.resolve("Slimane", null)).as("Sidi Slimane or Ben Slimane")
			.isInstanceOf(PlaceResolution.Unresolved.class);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = ';', textBlock = """
			ⴰⴳⴰⴷⵉⵔ; agadir
			ⵜⴰⵔⵓⴷⴰⵏⵜ; taroudant
			ⵎⵕⵕⴰⴽⵛ; mrrakch
			ⵜⵉⵏⵖⵉⵔ; tinghir
			L3ayoun; laayoun
			9nitra; qnitra
			Da5la; dakhla
			20250 Casablanca; 20250casablanca
			سیدی سلیمان; سيديسليمان
			Ksar Lakbir; ksarkebir
			""")
	void scriptsAndArabiziFoldToTheKey(String name, String key) {
		assertThat(PlaceNames.key(name)).isEqualTo(key);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = ';', textBlock = """
			Lksar Lkbir; 01.331
			لقصر لكبير; 01.331
			Lqnitra; 04.281
			Dajla; 12.391
			Jenifra; 05.301
			Bernoussi; 06.141.01.50
			Villa Sanjurjo; 01.051
			Castillejos; 01.573
			""")
	void moroccanArabicSpanishAndOldNamesResolve(String name, String code) {
		PlaceResolution resolution = RESOLVER.resolve(name, null);
		assertThat(resolution).isInstanceOf(PlaceResolution.Resolved.class);
		assertThat(((PlaceResolution.Resolved) resolution).place().province().code()).isEqualTo(code);
	}

}
