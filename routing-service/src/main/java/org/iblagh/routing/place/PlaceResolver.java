package org.iblagh.routing.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iblagh.routing.data.CourtOfAppeal;
import org.iblagh.routing.data.CsvTable;
import org.iblagh.routing.data.FirstInstanceCourt;
import org.iblagh.routing.data.Province;
import org.iblagh.routing.data.ReferenceData;
import org.iblagh.routing.data.Region;

/**
 * Finds the province (and, when named, the city) a citizen or investigator meant, from
 * every name in the reference data plus a curated list of common spellings.
 */
public final class PlaceResolver {

	public static final String COMMON_SPELLINGS = ReferenceData.BASE + "common_spellings.csv";

	static final int SUGGESTIONS = 5;

	// specificity of a name's target: a court seat says most about where the facts are
	private static final int REGION = 0;

	private static final int PROVINCE_NAME = 1;

	private static final int CURATED_TOWN = 2;

	private static final int CHIEF_TOWN = 3;

	private static final int COURT_SEAT = 4;

	private static final java.util.regex.Pattern ARABIC_SEAT = java.util.regex.Pattern
		.compile("^(?:المحكمة|محكمة) \\S+(?: \\S+)?? ب(\\S.*)$");

	private final ReferenceData data;

	private final PlaceIndex index = new PlaceIndex();

	private final Map<String, List<FirstInstanceCourt>> courtsBySeatKey = new HashMap<>();

	public PlaceResolver(ReferenceData data) {
		this(data, CsvTable.resource(COMMON_SPELLINGS));
	}

	PlaceResolver(ReferenceData data, CsvTable commonSpellings) {
		this.data = data;
		indexRegions();
		indexProvinces();
		indexCourts();
		indexCommonSpellings(commonSpellings);
	}

	private void indexRegions() {
		for (Region region : this.data.regions()) {
			String source = "regions.csv " + region.code();
			for (String name : concat(List.of(region.nameFr(), region.nameAr()), region.altNames())) {
				this.index.add(name, new PlaceTarget(null, region.code(), null, region.nameFr(), source, true, REGION));
			}
			for (String name : region.altNamesUnsourced()) {
				this.index.add(name,
						new PlaceTarget(null, region.code(), null, region.nameFr(), source, false, REGION));
			}
		}
	}

	private void indexProvinces() {
		for (Province p : this.data.provinces()) {
			String source = "prefectures_provinces.csv " + p.code();
			for (String name : concat(List.of(p.nameFr(), p.nameAr()), p.altNames())) {
				this.index.add(name, target(p, null, name, source, true, PROVINCE_NAME));
			}
			for (String name : p.altNamesUnsourced()) {
				this.index.add(name, target(p, null, name, source, false, PROVINCE_NAME));
			}
			// an arrondissement's chief town is its parent's city; indexing it would make
			// "Casablanca" ambiguous between nine rows
			if (!p.isArrondissement()) {
				this.index.add(p.chiefTown(),
						target(p, p.chiefTown(), p.chiefTown(), source + " chief_town", true, CHIEF_TOWN));
			}
		}
	}

	private void indexCourts() {
		for (FirstInstanceCourt court : this.data.firstInstanceCourts().values()) {
			Province province = this.data.province(court.seatProvinceCode())
				.orElseThrow(
						() -> new IllegalStateException(court.id() + " seats in unknown " + court.seatProvinceCode()));
			String city = court.seatCityName();
			this.index.add(city, target(province, city, city, "first_instance_courts.csv " + court.id() + " seat_city",
					true, COURT_SEAT));
			this.courtsBySeatKey.computeIfAbsent(PlaceNames.key(city), (k) -> new ArrayList<>()).add(court);
			arabicSeat(court.nameAr()).ifPresent((arabic) -> this.index.add(arabic, target(province, city, arabic,
					"first_instance_courts.csv " + court.id() + " name_ar", true, COURT_SEAT)));
		}
		for (CourtOfAppeal court : this.data.courtsOfAppeal().values()) {
			Province province = this.data.province(court.seatProvinceCode())
				.orElseThrow(
						() -> new IllegalStateException(court.id() + " seats in unknown " + court.seatProvinceCode()));
			String source = "courts_of_appeal.csv " + court.id();
			this.index.add(court.seatCity(),
					target(province, court.seatCity(), court.seatCity(), source + " seat_city", true, COURT_SEAT));
			arabicSeat(court.nameAr()).ifPresent((arabic) -> this.index.add(arabic,
					target(province, court.seatCity(), arabic, source + " name_ar", true, COURT_SEAT)));
		}
	}

	/**
	 * The Arabic name of a court's seat city, read from the court's Arabic name ("المحكمة
	 * الابتدائية الزجرية بالدار البيضاء" → "الدار البيضاء"): the data has no other Arabic
	 * city names.
	 */
	static java.util.Optional<String> arabicSeat(String courtNameAr) {
		java.util.regex.Matcher m = ARABIC_SEAT.matcher(courtNameAr.trim());
		return m.matches() ? java.util.Optional.of(m.group(1).trim()) : java.util.Optional.empty();
	}

	private void indexCommonSpellings(CsvTable spellings) {
		spellings.map((row) -> {
			Province p = this.data.province(row.get("province_code"))
				.orElseThrow(() -> new IllegalStateException(
						COMMON_SPELLINGS + " line " + row.line() + ": unknown province " + row.get("province_code")));
			String city = row.get("city").isEmpty() ? row.get("spelling") : row.get("city");
			boolean seatsCourt = this.courtsBySeatKey.containsKey(PlaceNames.key(city));
			this.index.add(row.get("spelling"), target(p, city, row.get("spelling"),
					"common_spellings.csv line " + row.line(), false, seatsCourt ? COURT_SEAT : CURATED_TOWN));
			return row;
		});
	}

	private static PlaceTarget target(Province p, String city, String name, String source, boolean sourced,
			int specificity) {
		return new PlaceTarget(p.code(), p.regionCode(), city, name, source, sourced, specificity);
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	/** Resolves a city and/or a province; the city decides when both are known. */
	public PlaceResolution resolve(String city, String province) {
		Lookup byCity = lookup(city);
		Lookup byProvince = lookup(province);
		PlaceTarget provinceTarget = (byProvince.found() && byProvince.single().provinceCode() != null)
				? byProvince.single() : null;
		List<String> remarks = new ArrayList<>();
		if (byCity.found() && byCity.single().provinceCode() != null) {
			PlaceTarget cityTarget = byCity.single();
			List<NameMatch> matches = new ArrayList<>();
			matches.add(new NameMatch("city", city, cityTarget, byCity.distance()));
			String provinceCode = cityTarget.provinceCode();
			if (provinceTarget != null) {
				matches.add(new NameMatch("province", province, provinceTarget, byProvince.distance()));
				if (provinceTarget.provinceCode().startsWith(cityTarget.provinceCode() + ".")) {
					provinceCode = provinceTarget.provinceCode(); // a Casablanca
																	// arrondissement
				}
				else if (!provinceTarget.provinceCode().equals(cityTarget.provinceCode())) {
					remarks.add("The province named (" + provinceTarget.displayName()
							+ ") is not the one of the city; the city decides.");
				}
			}
			return resolved(provinceCode, cityTarget.city(), matches, remarks);
		}
		if (byCity.ambiguous() && provinceTarget != null) {
			List<PlaceTarget> inProvince = byCity.targets()
				.stream()
				.filter((t) -> t.provinceCode() != null && provinceTarget.provinceCode().startsWith(t.provinceCode()))
				.toList();
			if (inProvince.size() == 1) {
				return resolved(provinceTarget.provinceCode(), inProvince.get(0).city(),
						List.of(new NameMatch("city", city, inProvince.get(0), byCity.distance()),
								new NameMatch("province", province, provinceTarget, byProvince.distance())),
						remarks);
			}
		}
		if (provinceTarget != null) {
			if (!byCity.empty()) {
				remarks.add("The city name was not recognised; the province decides.");
			}
			return resolved(provinceTarget.provinceCode(), provinceTarget.city(),
					List.of(new NameMatch("province", province, provinceTarget, byProvince.distance())), remarks);
		}
		return unresolved(byCity, byProvince);
	}

	private PlaceResolution resolved(String provinceCode, String city, List<NameMatch> matches, List<String> remarks) {
		Province province = this.data.province(provinceCode).orElseThrow();
		List<FirstInstanceCourt> courts = (city != null)
				? this.courtsBySeatKey.getOrDefault(PlaceNames.key(city), List.of()) : List.of();
		return new PlaceResolution.Resolved(new ResolvedPlace(province, city, courts, matches, remarks));
	}

	private PlaceResolution unresolved(Lookup byCity, Lookup byProvince) {
		if (byCity.empty() && byProvince.empty()) {
			return new PlaceResolution.Unresolved("NO_PLACE", List.of());
		}
		Set<String> suggestions = new LinkedHashSet<>();
		String reason = "UNKNOWN";
		for (Lookup lookup : List.of(byCity, byProvince)) {
			if (lookup.found()) { // a region: it holds several provinces
				reason = "REGION_ONLY";
				String region = lookup.single().regionCode();
				this.data.provinces()
					.stream()
					.filter((p) -> p.regionCode().equals(region) && !p.isArrondissement())
					.forEach((p) -> suggestions.add(p.nameFr()));
			}
			else if (lookup.ambiguous()) {
				reason = "AMBIGUOUS";
				lookup.targets().forEach((t) -> suggestions.add(label(t)));
			}
			else if (!lookup.empty()) {
				this.index.closest(lookup.key(), SUGGESTIONS).forEach((t) -> suggestions.add(label(t)));
			}
		}
		return new PlaceResolution.Unresolved(reason, suggestions.stream().limit(SUGGESTIONS).toList());
	}

	private String label(PlaceTarget target) {
		if (target.provinceCode() == null) {
			return target.displayName();
		}
		String provinceName = this.data.province(target.provinceCode()).orElseThrow().nameFr();
		return PlaceNames.key(provinceName).equals(PlaceNames.key(target.displayName())) ? provinceName
				: target.displayName() + " (" + provinceName + ")";
	}

	/** The first-instance courts seated in a city (exact name after normalisation). */
	public List<FirstInstanceCourt> courtsSeatedIn(String city) {
		return this.courtsBySeatKey.getOrDefault(PlaceNames.key(city), List.of());
	}

	/** The province a city name stands for, exactly (no fuzzy match): for data checks. */
	public List<PlaceTarget> exactTargets(String name) {
		return this.index.exact(PlaceNames.key(name));
	}

	private Lookup lookup(String text) {
		String key = PlaceNames.key(text);
		if (key.isEmpty()) {
			return new Lookup(key, List.of(), 0);
		}
		List<PlaceTarget> exact = this.index.exact(key);
		if (!exact.isEmpty()) {
			return new Lookup(key, exact, 0);
		}
		List<PlaceIndex.Candidate> near = this.index.near(key);
		if (near.isEmpty()) {
			return new Lookup(key, List.of(), -1);
		}
		int best = near.get(0).distance();
		Map<String, PlaceTarget> nearest = new java.util.LinkedHashMap<>();
		for (PlaceIndex.Candidate candidate : near) {
			if (candidate.distance() > best) {
				break;
			}
			for (PlaceTarget t : candidate.targets()) {
				nearest.merge(t.placeId(), t, (a, b) -> (b.specificity() > a.specificity()) ? b : a);
			}
		}
		List<PlaceTarget> targets = new ArrayList<>(nearest.values());
		targets.sort(Comparator.comparing(PlaceTarget::displayName));
		return new Lookup(key, targets, best);
	}

	/** Candidates for one given name; distance -1 when nothing is near. */
	private record Lookup(String key, List<PlaceTarget> targets, int distance) {

		boolean empty() {
			return this.key.isEmpty();
		}

		boolean found() {
			return this.targets.size() == 1;
		}

		boolean ambiguous() {
			return this.targets.size() > 1;
		}

		PlaceTarget single() {
			return this.targets.get(0);
		}

	}

}
