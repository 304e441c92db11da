package org.iblagh.routing.jurisdiction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.iblagh.contracts.OffenceClass;
import org.iblagh.routing.data.CourtOfAppeal;
import org.iblagh.routing.data.FirstInstanceCourt;
import org.iblagh.routing.data.PoliceUnit;
import org.iblagh.routing.data.Province;
import org.iblagh.routing.data.ReferenceData;
import org.iblagh.routing.data.Verification;
import org.iblagh.routing.place.AreaCodeLocator;
import org.iblagh.routing.place.NameMatch;
import org.iblagh.routing.place.PlaceResolution;
import org.iblagh.routing.place.PlaceResolver;
import org.iblagh.routing.place.PlaceTarget;
import org.iblagh.routing.place.ResolvedPlace;

/**
 * Applies the competence rules to a place, a category and an offence class: which
 * prosecutor's office and which police unit, and on what basis.
 */
public final class JurisdictionResolver {

	public static final String FIRST_INSTANCE = "FIRST_INSTANCE";

	public static final String COURT_OF_APPEAL = "COURT_OF_APPEAL";

	private final ReferenceData data;

	private final PlaceResolver places;

	private final CompetenceRules rules;

	private final AreaCodeLocator areaCodes;

	private final Map<String, List<PoliceUnitCover>> policeByProvince = new LinkedHashMap<>();

	public JurisdictionResolver(ReferenceData data, PlaceResolver places, CompetenceRules rules) {
		this.data = data;
		this.places = places;
		this.rules = rules;
		this.areaCodes = new AreaCodeLocator(data, places);
		indexTerritorialPolice();
	}

	/** Loads the shipped data and rules. */
	public static JurisdictionResolver standard() {
		ReferenceData data = ReferenceData.load();
		return new JurisdictionResolver(data, new PlaceResolver(data), CompetenceRules.load());
	}

	private void indexTerritorialPolice() {
		for (PoliceUnit unit : this.data.policeUnits().values()) {
			if (!unit.isTerritorial()) {
				continue;
			}
			for (PlaceTarget t : this.places.exactTargets(unit.cityName())) {
				if (t.provinceCode() != null) {
					this.policeByProvince.computeIfAbsent(t.provinceCode(), (k) -> new ArrayList<>())
						.add(new PoliceUnitCover(unit, "seated in " + unit.cityName()));
				}
			}
			for (String place : unit.coveredPlaces()) {
				for (PlaceTarget t : this.places.exactTargets(place)) {
					if (t.provinceCode() != null && this.policeByProvince.getOrDefault(t.provinceCode(), List.of())
						.stream()
						.noneMatch((c) -> c.unit().equals(unit))) {
						this.policeByProvince.computeIfAbsent(t.provinceCode(), (k) -> new ArrayList<>())
							.add(new PoliceUnitCover(unit, "covers " + place + " (police_units.csv covers)"));
					}
				}
			}
		}
	}

	public JurisdictionAnswer resolve(JurisdictionQuery query) {
		List<Basis> basis = new ArrayList<>();
		LocalDate date = query.date();
		basis.add(new Basis("DATE_OF_LAW", "Rules applied as in force on " + date, "report", "n/a"));
		OffenceClass offenceClass = offenceClass(query, basis);
		PlaceResolution place = this.places.resolve(query.city(), query.province());
		boolean weakPlace = false;
		// a place named abroad is not overridden by where a phone line is
		if (place instanceof PlaceResolution.Unresolved unresolvedPlace
				&& !unresolvedPlace.reason().equals(PlaceResolver.ABROAD) && query.phone() != null) {
			Optional<AreaCodeLocator.AreaCodeHint> hint = this.areaCodes.locate(query.phone());
			if (hint.isPresent() && hint.get().singleProvince()) {
				Province hinted = this.data.province(hint.get().provinceCodes().get(0)).orElseThrow();
				Optional<String> city = hint.get().singleCity();
				place = city.map((c) -> this.places.resolve(c, null))
					.filter(PlaceResolution.Resolved.class::isInstance)
					.orElseGet(() -> this.places.resolve(null, hinted.nameFr()));
				weakPlace = true;
				basis.add(new Basis("AREA_CODE_WEAK_SIGNAL",
						"Place unknown; the fixed-line prefix " + hint.get().areaCode().prefixNational() + " points at "
								+ city.map((c) -> c + ", ").orElse("") + hinted.nameFr()
								+ ". Weak signal only: number portability and VoIP mean a line need not be there.",
						"phone_area_codes.csv " + hint.get().areaCode().prefixNational(),
						hint.get().areaCode().verified() + " (weak signal)"));
			}
		}
		Optional<CompetenceRule> national = this.rules.find("NATIONAL_PROSECUTOR", query.category().name(), date);
		if (national.isPresent()) {
			return nationalCompetence(query, national.get(), offenceClass, place, basis);
		}
		if (place instanceof PlaceResolution.Unresolved unresolved) {
			basis.add(new Basis("UNRESOLVED_PLACE",
					"No known place matches city '" + nullToEmpty(query.city()) + "' / province '"
							+ nullToEmpty(query.province()) + "' (" + unresolved.reason() + ")",
					"prefectures_provinces.csv, first_instance_courts.csv, common_spellings.csv", "n/a"));
			return new JurisdictionAnswer.UnresolvedPlace(unresolved.reason(), unresolved.suggestions(), basis);
		}
		ResolvedPlace resolved = ((PlaceResolution.Resolved) place).place();
		describePlace(resolved, basis);
		Province province = resolved.province();
		CourtChoice tpi = firstInstanceCourt(resolved, date, basis);
		CourtOfAppeal appeal = appealCourtOf(tpi.court(), date, basis);
		CompetenceRule level = this.rules.find("CLASS_OFFICE", offenceClass.name(), date)
			.orElseThrow(() -> new IllegalStateException("No CLASS_OFFICE rule for " + offenceClass));
		OfficeRef prosecutor;
		if (level.value().equals(FIRST_INSTANCE)) {
			prosecutor = new OfficeRef(tpi.court().id(), tpi.court().prosecutorFr(), FIRST_INSTANCE,
					tpi.court().nameFr());
			basis.add(new Basis(level.id(),
					offenceClass + " → Procureur du Roi at the first-instance court " + tpi.court().id(),
					level.source(), level.verified()));
		}
		else {
			prosecutor = new OfficeRef(appeal.id(), appeal.prosecutorFr(), COURT_OF_APPEAL, appeal.nameFr());
			basis.add(new Basis(level.id(),
					offenceClass + " → Procureur général du Roi at the court of appeal " + appeal.id(), level.source(),
					level.verified()));
		}
		OfficeRef police = policeUnit(province, date, basis);
		return new JurisdictionAnswer.Routed(police, prosecutor, offenceClass, province.code(),
				tpi.inferred() || weakPlace, basis);
	}

	private OffenceClass offenceClass(JurisdictionQuery query, List<Basis> basis) {
		if (query.offenceClass() != null) {
			basis.add(new Basis("GIVEN_OFFENCE_CLASS",
					"Offence class " + query.offenceClass() + " given by the investigator", "report.referred", "n/a"));
			return query.offenceClass();
		}
		CompetenceRule rule = this.rules.find("DEFAULT_CLASS", query.category().name(), query.date())
			.orElseThrow(() -> new IllegalStateException("No DEFAULT_CLASS rule for " + query.category()));
		basis
			.add(new Basis(rule.id(),
					"No offence class given; default for category " + query.category() + " is " + rule.value()
							+ (rule.notes().isEmpty() ? "" : " (" + rule.notes() + ")"),
					rule.source(), rule.verified()));
		return OffenceClass.valueOf(rule.value());
	}

	private JurisdictionAnswer nationalCompetence(JurisdictionQuery query, CompetenceRule national,
			OffenceClass offenceClass, PlaceResolution place, List<Basis> basis) {
		CourtOfAppeal court = this.data.courtsOfAppeal().get(national.value());
		basis.add(new Basis(national.id(),
				query.category() + " (any class) → " + court.prosecutorFr() + ", " + court.terrorismJurisdiction(),
				national.source(), national.verified()));
		basis.add(new Basis("DATA_ROW", court.nameFr(), "courts_of_appeal.csv " + court.id(), court.verified()));
		CompetenceRule policeRule = this.rules.find("NATIONAL_POLICE_UNIT", query.category().name(), query.date())
			.orElseThrow(() -> new IllegalStateException("No NATIONAL_POLICE_UNIT rule for " + query.category()));
		PoliceUnit unit = this.data.policeUnits().get(policeRule.value());
		basis.add(new Basis(policeRule.id(), "Police unit: " + unit.nameFr() + " (national competence)",
				"police_units.csv " + unit.id(), unit.verified()));
		String provinceCode = null;
		if (place instanceof PlaceResolution.Resolved resolved) {
			describePlace(resolved.place(), basis);
			provinceCode = resolved.place().province().code();
		}
		else {
			basis.add(new Basis("PLACE_NOT_NEEDED",
					"The place was not resolved; national competence does not depend on it", national.source(),
					national.verified()));
		}
		return new JurisdictionAnswer.Routed(new OfficeRef(unit.id(), unit.nameFr(), null, null),
				new OfficeRef(court.id(), court.prosecutorFr(), COURT_OF_APPEAL, court.nameFr()), offenceClass,
				provinceCode, false, basis);
	}

	private void describePlace(ResolvedPlace place, List<Basis> basis) {
		for (NameMatch match : place.matches()) {
			PlaceTarget t = match.target();
			String how = match.fuzzy() ? "close to '" + t.displayName() + "' (" + match.distance() + " edit"
					+ ((match.distance() > 1) ? "s" : "") + ")" : "matches '" + t.displayName() + "'";
			basis.add(new Basis("PLACE_MATCH",
					match.field() + " '" + match.input() + "' " + how + " → " + place.province().nameFr()
							+ ((t.city() != null) ? ", city " + t.city() : ""),
					t.source(), t.sourced() ? "yes (name in a cited source)" : "no (unsourced common spelling)"));
		}
		for (String remark : place.remarks()) {
			basis.add(new Basis("PLACE_REMARK", remark, "request", "n/a"));
		}
		basis.add(new Basis("DATA_ROW", place.province().nameFr() + " (" + place.province().type() + ")",
				"prefectures_provinces.csv " + place.province().code(), place.province().verified()));
	}

	private CourtChoice firstInstanceCourt(ResolvedPlace place, LocalDate date, List<Basis> basis) {
		List<FirstInstanceCourt> seated = usable(place.courtsSeatedInCity(), date, basis);
		if (!seated.isEmpty()) {
			FirstInstanceCourt court = seated.get(0);
			basis.add(new Basis("COURT_SEATED_IN_CITY",
					court.id() + " is seated in " + place.city() + " (area covered: " + court.covers()
							+ "; covers_verified=" + court.coversVerified() + ")",
					"first_instance_courts.csv " + court.id(), court.verified()));
			return new CourtChoice(court, false);
		}
		Province province = place.province();
		List<FirstInstanceCourt> chiefTown = usable(this.places.courtsSeatedIn(province.chiefTown()), date, basis)
			.stream()
			.filter((c) -> province.firstInstanceCourtIds().contains(c.id()))
			.toList();
		boolean inferred = !province.courtMappingIsVerified();
		String mapping = "court_mapping_verified=" + province.courtMappingVerified() + ", chief_town_verified="
				+ province.chiefTownVerified();
		if (!chiefTown.isEmpty()) {
			FirstInstanceCourt court = chiefTown.get(0);
			basis.add(new Basis(inferred ? "COURT_OF_CHIEF_TOWN (inferred)" : "COURT_OF_CHIEF_TOWN",
					"No usable court seated in the city; " + court.id() + " is seated in the province's chief town "
							+ province.chiefTown(),
					"prefectures_provinces.csv " + province.code() + " ; first_instance_courts.csv " + court.id(),
					mapping));
			return new CourtChoice(court, inferred);
		}
		List<FirstInstanceCourt> mapped = usable(
				province.firstInstanceCourtIds().stream().map((id) -> this.data.firstInstanceCourts().get(id)).toList(),
				date, basis);
		if (mapped.isEmpty()) {
			throw new IllegalStateException("No first-instance court for province " + province.code() + " on " + date);
		}
		FirstInstanceCourt court = mapped.get(0);
		basis.add(new Basis(inferred ? "COURT_OF_PROVINCE (inferred)" : "COURT_OF_PROVINCE",
				"No usable court in the city or the chief town " + province.chiefTown()
						+ "; the data maps the province to " + court.id(),
				"prefectures_provinces.csv " + province.code() + " first_instance_court_ids", mapping));
		return new CourtChoice(court, inferred);
	}

	private List<FirstInstanceCourt> usable(List<FirstInstanceCourt> courts, LocalDate date, List<Basis> basis) {
		List<FirstInstanceCourt> usable = new ArrayList<>();
		for (FirstInstanceCourt court : courts) {
			Optional<CompetenceRule> not = this.rules.reasonNotToRouteTo(court.id(), date);
			if (not.isPresent()) {
				CompetenceRule rule = not.get();
				Basis skipped = new Basis(rule.id(),
						court.id() + " skipped: " + (rule.kind().equals("COURT_OPEN")
								? "not open on " + date + " (" + rule.period() + ")" : rule.notes()),
						rule.source(), rule.verified());
				if (!basis.contains(skipped)) {
					basis.add(skipped);
				}
			}
			else {
				usable.add(court);
			}
		}
		return usable;
	}

	private CourtOfAppeal appealCourtOf(FirstInstanceCourt court, LocalDate date, List<Basis> basis) {
		Optional<CompetenceRule> dated = this.rules.find("APPEAL_COURT", court.id(), date);
		String appealId = dated.map(CompetenceRule::value).orElse(court.courtOfAppealId());
		CourtOfAppeal appeal = this.data.courtsOfAppeal().get(appealId);
		if (appeal == null) {
			throw new IllegalStateException(court.id() + " depends on unknown court of appeal " + appealId);
		}
		if (dated.isPresent()) {
			CompetenceRule rule = dated.get();
			basis.add(new Basis(rule.id(),
					court.id() + " depends on " + appealId + " " + rule.period() + ": " + rule.notes(), rule.source(),
					rule.verified()));
		}
		else {
			basis.add(new Basis("APPEAL_COURT_OF_DATA", court.id() + " depends on " + appealId,
					"first_instance_courts.csv " + court.id() + " court_of_appeal_id", court.verified()));
		}
		basis.add(new Basis("DATA_ROW", appeal.nameFr(), "courts_of_appeal.csv " + appeal.id(), appeal.verified()));
		return appeal;
	}

	private OfficeRef policeUnit(Province province, LocalDate date, List<Basis> basis) {
		List<PoliceUnitCover> covers = this.policeByProvince.get(province.code());
		if (covers == null && province.isArrondissement()) {
			covers = this.policeByProvince.get(province.code().substring(0, province.code().indexOf('.', 3)));
		}
		if (covers != null && !covers.isEmpty()) {
			PoliceUnitCover cover = covers.get(0);
			PoliceUnit unit = cover.unit();
			basis.add(new Basis("TERRITORIAL_POLICE",
					unit.nameFr() + " " + cover.how() + "; its area is " + (unit.coveredPlaces().isEmpty()
							? "not sourced (inferred from its seat)" : "as listed in the data"),
					"police_units.csv " + unit.id(), unit.verified()));
			return new OfficeRef(unit.id(), unit.nameFr(), null, null);
		}
		CompetenceRule fallback = this.rules.find("POLICE_FALLBACK", "*", date)
			.orElseThrow(() -> new IllegalStateException("No POLICE_FALLBACK rule"));
		PoliceUnit unit = this.data.policeUnits().get(fallback.value());
		basis.add(new Basis(fallback.id(),
				"No territorial police unit of the data is seated in or covers " + province.nameFr()
						+ "; national fallback: " + unit.nameFr(),
				"police_units.csv " + unit.id(), fallback.verified()));
		return new OfficeRef(unit.id(), unit.nameFr(), null, null);
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	/** Whether a flag says verified; exposed for the basis readers. */
	static boolean verified(String flag) {
		return Verification.isYes(flag);
	}

	private record CourtChoice(FirstInstanceCourt court, boolean inferred) {
	}

	private record PoliceUnitCover(PoliceUnit unit, String how) {
	}

}
