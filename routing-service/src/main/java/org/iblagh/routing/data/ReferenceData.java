package org.iblagh.routing.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Morocco's territorial and judicial reference data as shipped with this version of the
 * service ({@code org/iblagh/routing/data/*.csv}). Immutable; a change of the law is a
 * change of these files and a new release.
 */
public final class ReferenceData {

	public static final String BASE = "/org/iblagh/routing/data/";

	private final List<Region> regions;

	private final List<Province> provinces;

	private final Map<String, Province> provincesByCode;

	private final Map<String, CourtOfAppeal> courtsOfAppeal;

	private final Map<String, FirstInstanceCourt> firstInstanceCourts;

	private final Map<String, PoliceUnit> policeUnits;

	private final List<AreaCode> areaCodes;

	private final List<OffenceRule> offences;

	public ReferenceData(List<Region> regions, List<Province> provinces, List<CourtOfAppeal> courtsOfAppeal,
			List<FirstInstanceCourt> firstInstanceCourts, List<PoliceUnit> policeUnits, List<AreaCode> areaCodes,
			List<OffenceRule> offences) {
		this.regions = List.copyOf(regions);
		this.provinces = List.copyOf(provinces);
		this.provincesByCode = byId(provinces, Province::code);
		this.courtsOfAppeal = byId(courtsOfAppeal, CourtOfAppeal::id);
		this.firstInstanceCourts = byId(firstInstanceCourts, FirstInstanceCourt::id);
		this.policeUnits = byId(policeUnits, PoliceUnit::id);
		this.areaCodes = List.copyOf(areaCodes);
		this.offences = List.copyOf(offences);
	}

	/** Loads the data shipped in the jar. */
	public static ReferenceData load() {
		return new ReferenceData(CsvTable.resource(BASE + "regions.csv").map(Region::from),
				CsvTable.resource(BASE + "prefectures_provinces.csv").map(Province::from),
				CsvTable.resource(BASE + "courts_of_appeal.csv").map(CourtOfAppeal::from),
				CsvTable.resource(BASE + "first_instance_courts.csv").map(FirstInstanceCourt::from),
				CsvTable.resource(BASE + "police_units.csv").map(PoliceUnit::from),
				CsvTable.resource(BASE + "phone_area_codes.csv").map(AreaCode::from),
				CsvTable.resource(BASE + "offences.csv").map(OffenceRule::from));
	}

	private static <T> Map<String, T> byId(List<T> rows, Function<T, String> id) {
		Map<String, T> map = new LinkedHashMap<>();
		for (T row : rows) {
			if (map.put(id.apply(row), row) != null) {
				throw new IllegalStateException("Duplicate id in reference data: " + id.apply(row));
			}
		}
		return java.util.Collections.unmodifiableMap(map);
	}

	public List<Region> regions() {
		return this.regions;
	}

	public List<Province> provinces() {
		return this.provinces;
	}

	public Optional<Province> province(String code) {
		return Optional.ofNullable(this.provincesByCode.get(code));
	}

	public Map<String, CourtOfAppeal> courtsOfAppeal() {
		return this.courtsOfAppeal;
	}

	public Map<String, FirstInstanceCourt> firstInstanceCourts() {
		return this.firstInstanceCourts;
	}

	public Map<String, PoliceUnit> policeUnits() {
		return this.policeUnits;
	}

	public List<AreaCode> areaCodes() {
		return this.areaCodes;
	}

	public List<OffenceRule> offences() {
		return this.offences;
	}

}
