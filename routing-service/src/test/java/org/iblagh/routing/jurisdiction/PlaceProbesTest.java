package org.iblagh.routing.jurisdiction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.OffenceClass;
import org.iblagh.routing.data.FirstInstanceCourt;
import org.iblagh.routing.data.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Places as citizens write them (other scripts, transliterations, typos, extra words,
 * districts, phone numbers, places abroad), each with the court of first instance, the
 * court of appeal and the police unit the reference data gives, or the duty not to guess
 * ({@code place_probes.csv}, written from the data before the resolver was run on it).
 */
class PlaceProbesTest {

	static final JurisdictionResolver RESOLVER = JurisdictionResolver.standard();

	static final ReferenceData DATA = ReferenceData.load();

	static final LocalDate DATE = LocalDate.of(2025, 6, 1);

	record Probe(String city, String province, String phone, String expect, String court, String appealCourt,
			String police, String kind) {

		@Override
		public String toString() {
			return Stream.of(this.city, this.province, this.phone)
				.filter(Objects::nonNull)
				.reduce((a, b) -> a + " / " + b)
				.orElse("(nothing)") + " → " + this.expect + " " + Objects.toString(this.court, "") + " [" + this.kind
					+ "]";
		}

	}

	static List<Probe> probes() throws IOException {
		List<Probe> probes = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				PlaceProbesTest.class.getResourceAsStream("place_probes.csv"), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split(";", -1);
				assertThat(f).as(line).hasSize(8);
				probes.add(new Probe(blankToNull(f[0]), blankToNull(f[1]), blankToNull(f[2]), f[3], blankToNull(f[4]),
						blankToNull(f[5]), blankToNull(f[6]), f[7]));
			}
		}
		return probes;
	}

	@Test
	void theProbeSetIsLargeAndCoversEveryProvince() throws IOException {
		List<Probe> probes = probes();
		assertThat(probes).hasSizeGreaterThanOrEqualTo(300);
		assertThat(probes).filteredOn((p) -> p.expect().equals("UNRESOLVED")).hasSizeGreaterThanOrEqualTo(100);
		List<String> provincesReached = probes.stream()
			.filter((p) -> p.expect().equals("ROUTED"))
			.map((p) -> routed(p, OffenceClass.DELIT).provinceCode())
			.distinct()
			.toList();
		DATA.provinces()
			.stream()
			.filter((p) -> !p.isArrondissement())
			.forEach((p) -> assertThat(provincesReached).as("a probe reaches %s", p.nameFr()).contains(p.code()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("probes")
	void eachProbeGetsTheAnswerOfTheData(Probe probe) {
		switch (probe.expect()) {
			case "ROUTED" -> {
				JurisdictionAnswer.Routed delit = routed(probe, OffenceClass.DELIT);
				assertThat(delit.prosecutorOffice().id()).as("délit").isEqualTo(probe.court());
				assertThat(delit.prosecutorOffice().level()).isEqualTo(JurisdictionResolver.FIRST_INSTANCE);
				assertThat(routed(probe, OffenceClass.CRIME).prosecutorOffice().id()).as("crime")
					.isEqualTo(probe.appealCourt());
				if (probe.police() != null) {
					assertThat(delit.policeUnit().id()).as("police unit").isEqualTo(probe.police());
				}
				if (probe.phone() != null) {
					assertThat(delit.inferred()).as("an area code is a weak signal").isTrue();
					assertThat(delit.basis()).extracting(Basis::rule).contains("AREA_CODE_WEAK_SIGNAL");
				}
			}
			case "UNRESOLVED" ->
				assertThat(answer(probe, OffenceClass.DELIT)).isInstanceOf(JurisdictionAnswer.UnresolvedPlace.class);
			case "SUGGESTED" -> {
				JurisdictionAnswer answer = answer(probe, OffenceClass.DELIT);
				assertThat(answer).isInstanceOf(JurisdictionAnswer.UnresolvedPlace.class);
				FirstInstanceCourt court = DATA.firstInstanceCourts().get(probe.court());
				String province = DATA.province(court.seatProvinceCode()).orElseThrow().nameFr();
				assertThat(((JurisdictionAnswer.UnresolvedPlace) answer).suggestions())
					.anySatisfy((s) -> assertThat(s).contains(province));
			}
			default -> throw new IllegalArgumentException("unknown expectation " + probe.expect());
		}
	}

	static JurisdictionAnswer answer(Probe probe, OffenceClass offenceClass) {
		return RESOLVER.resolve(new JurisdictionQuery(probe.city(), probe.province(), Category.ONLINE_FRAUD,
				offenceClass, DATE, probe.phone()));
	}

	static JurisdictionAnswer.Routed routed(Probe probe, OffenceClass offenceClass) {
		JurisdictionAnswer answer = answer(probe, offenceClass);
		assertThat(answer).as("%s", probe).isInstanceOf(JurisdictionAnswer.Routed.class);
		return (JurisdictionAnswer.Routed) answer;
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

}
