package org.iblagh.routing.jurisdiction;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.OffenceClass;
import org.iblagh.routing.data.CourtOfAppeal;
import org.iblagh.routing.data.FirstInstanceCourt;
import org.iblagh.routing.data.Province;
import org.iblagh.routing.data.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties the whole map must keep whatever rows change: checked for every province on
 * dates before and after each dated rule.
 */
class JudicialMapPropertiesTest {

	static final ReferenceData DATA = ReferenceData.load();

	static final CompetenceRules RULES = CompetenceRules.load();

	static final JurisdictionResolver RESOLVER = JurisdictionResolver.standard();

	static final List<LocalDate> DATES = List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 11, 9),
			LocalDate.of(2023, 11, 10), LocalDate.of(2024, 6, 1), LocalDate.of(2030, 1, 1));

	static Stream<Arguments> provincesAndDates() {
		return DATA.provinces().stream().flatMap((p) -> DATES.stream().map((d) -> Arguments.of(p.code(), d)));
	}

	@ParameterizedTest(name = "{0} on {1}")
	@MethodSource("provincesAndDates")
	void everyProvinceHasAFirstInstanceCourtAndExactlyOneCourtOfAppeal(String code, LocalDate date) {
		Province province = DATA.province(code).orElseThrow();
		List<FirstInstanceCourt> usable = province.firstInstanceCourtIds()
			.stream()
			.map((id) -> DATA.firstInstanceCourts().get(id))
			.peek((court) -> assertThat(court).as("court of %s exists", code).isNotNull())
			.filter((court) -> RULES.reasonNotToRouteTo(court.id(), date).isEmpty())
			.toList();
		assertThat(usable).as("usable first-instance courts of %s", code).isNotEmpty();
		Set<String> appealCourts = usable.stream()
			.map((court) -> RULES.find("APPEAL_COURT", court.id(), date)
				.map(CompetenceRule::value)
				.orElse(court.courtOfAppealId()))
			.collect(Collectors.toSet());
		assertThat(appealCourts).as("courts of appeal of %s", code).hasSize(1);
		assertThat(DATA.courtsOfAppeal()).containsKey(appealCourts.iterator().next());

		JurisdictionAnswer.Routed delit = routed(province.nameFr(), OffenceClass.DELIT, date);
		assertThat(DATA.firstInstanceCourts()).containsKey(delit.prosecutorOffice().id());
		assertThat(delit.provinceCode()).isEqualTo(code);
		JurisdictionAnswer.Routed crime = routed(province.nameFr(), OffenceClass.CRIME, date);
		assertThat(crime.prosecutorOffice().id()).isEqualTo(appealCourts.iterator().next());
		assertThat(DATA.policeUnits()).containsKey(crime.policeUnit().id());
	}

	@Test
	void todayTheProvinceRowAgreesWithItsCourtsAppealCourt() {
		for (Province province : DATA.provinces()) {
			JurisdictionAnswer.Routed crime = routed(province.nameFr(), OffenceClass.CRIME, LocalDate.of(2030, 1, 1));
			assertThat(crime.prosecutorOffice().id()).as(province.code()).isEqualTo(province.courtOfAppealId());
		}
	}

	@Test
	void everyCourtsAppealCourtExistsAndListsIt() {
		for (FirstInstanceCourt court : DATA.firstInstanceCourts().values()) {
			CourtOfAppeal appeal = DATA.courtsOfAppeal().get(court.courtOfAppealId());
			assertThat(appeal).as("appeal court of %s", court.id()).isNotNull();
			assertThat(appeal.firstInstanceCourtIds()).as(appeal.id()).contains(court.id());
		}
		for (CourtOfAppeal appeal : DATA.courtsOfAppeal().values()) {
			for (String id : appeal.firstInstanceCourtIds()) {
				assertThat(DATA.firstInstanceCourts()).as("%s lists %s", appeal.id(), id).containsKey(id);
			}
		}
		for (CompetenceRule rule : RULES.all()) {
			if (rule.kind().equals("APPEAL_COURT")) {
				assertThat(DATA.courtsOfAppeal()).as(rule.id()).containsKey(rule.value());
				assertThat(DATA.firstInstanceCourts()).as(rule.id()).containsKey(rule.subject());
			}
		}
	}

	@Test
	void everyRuleReferencesExistingRows() {
		for (CompetenceRule rule : RULES.all()) {
			switch (rule.kind()) {
				case "COURT_OPEN", "EXCLUDED_COURT" ->
					assertThat(DATA.firstInstanceCourts()).containsKey(rule.subject());
				case "NATIONAL_PROSECUTOR" -> assertThat(DATA.courtsOfAppeal()).containsKey(rule.value());
				case "NATIONAL_POLICE_UNIT", "POLICE_FALLBACK" ->
					assertThat(DATA.policeUnits()).containsKey(rule.value());
				case "DEFAULT_CLASS" -> {
					assertThat(Category.valueOf(rule.subject())).isNotNull();
					assertThat(OffenceClass.valueOf(rule.value())).isNotNull();
				}
				default -> {
				}
			}
		}
	}

	static JurisdictionAnswer.Routed routed(String province, OffenceClass offenceClass, LocalDate date) {
		JurisdictionAnswer answer = RESOLVER
			.resolve(new JurisdictionQuery(null, province, Category.ONLINE_FRAUD, offenceClass, date));
		assertThat(answer).as(province).isInstanceOf(JurisdictionAnswer.Routed.class);
		return (JurisdictionAnswer.Routed) answer;
	}

}
