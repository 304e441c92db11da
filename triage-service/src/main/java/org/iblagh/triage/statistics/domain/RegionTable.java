package org.iblagh.triage.statistics.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of Morocco's 12 regions a place name belongs to, by exact name after folding (no
 * fuzzy match: a guessed region would be a wrong statistic). The table
 * ({@code place_regions.csv}) lists region, province, chief-town and court-seat names and
 * common spellings, generated from the shared reference data; see docs/statistics.md.
 */
public final class RegionTable {

	/** The region of a report whose place is missing or not recognised. */
	public static final String UNKNOWN = "UNKNOWN";

	/** The HCP codes of the 12 regions, then {@link #UNKNOWN}. */
	public static final List<String> CODES = List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11",
			"12", UNKNOWN);

	static final String RESOURCE = "/org/iblagh/triage/statistics/place_regions.csv";

	private final Map<String, String> regionByKey;

	RegionTable(Map<String, String> regionByKey) {
		this.regionByKey = Map.copyOf(regionByKey);
	}

	/** The table shipped with the service. */
	public static RegionTable load() {
		try (InputStream in = RegionTable.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads {@code name,region_code,source} lines (names hold no comma or quote). A name
	 * that folds to a key of two regions is dropped: it says nothing about the region.
	 */
	static RegionTable parse(List<String> lines) {
		Map<String, String> regions = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",", 3);
			if (fields.length < 2 || !CODES.contains(fields[1])) {
				throw new IllegalStateException("Bad line in " + RESOURCE + ": " + line);
			}
			String key = PlaceKey.of(fields[0]);
			String before = regions.putIfAbsent(key, fields[1]);
			if (before != null && !before.equals(fields[1])) {
				ambiguous.add(key);
			}
		}
		ambiguous.forEach(regions::remove);
		return new RegionTable(regions);
	}

	/** The region of a place: the city decides, then the province, else UNKNOWN. */
	public String regionOf(String city, String province) {
		String byCity = this.regionByKey.get(PlaceKey.of(city));
		if (byCity != null) {
			return byCity;
		}
		return this.regionByKey.getOrDefault(PlaceKey.of(province), UNKNOWN);
	}

}
