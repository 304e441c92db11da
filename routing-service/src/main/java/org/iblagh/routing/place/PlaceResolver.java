package org.iblagh.routing.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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

	public static final String UNROUTED_NAMES = ReferenceData.BASE + "unrouted_names.csv";

	/** Unresolved because the place named is outside Morocco. */
	public static final String ABROAD = "ABROAD";

	/** Unresolved because only a district was named; its cities are suggested. */
	public static final String DISTRICT_ONLY = "DISTRICT_ONLY";

	/**
	 * Unresolved because a known name starts a longer name of a place the data does not
	 * hold ("Ribat El Kheir", "Sidi Slimane Cherraa"); the known place is suggested.
	 */
	public static final String LONGER_NAME = "LONGER_NAME";

	/**
	 * Unresolved because a place the data does not hold is named near a known one
	 * ("Mehdia près de Kénitra"); the known place is suggested.
	 */
	public static final String NEAR_UNKNOWN = "NEAR_UNKNOWN";

	/** Unresolved because a person's name was given (Kacem, Mohammed). */
	public static final String PERSON_NAME = "PERSON_NAME";

	/**
	 * Words that start a street name in an address: a place named right after one names
	 * the street ("Rue de Fès, Tanger", "Bd de Paris, Casablanca"), not where the facts
	 * are.
	 */
	private static final Set<String> STREET_WORDS = Set.of("rue", "avenue", "av", "bd", "boulevard", "route", "rte",
			"impasse", "zankat", "zenkat", "شارع", "زنقه", "طريق");

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

	/**
	 * Per province, the keys of the names of the province itself (not of a town in it).
	 */
	private final Map<String, Set<String>> provinceNameKeys = new HashMap<>();

	/**
	 * Names known not to be routable from the text alone, by key: places abroad,
	 * districts the data does not hold, names of places in several provinces.
	 */
	private final Map<String, Unrouted> unrouted = new HashMap<>();

	/** Provinces whose districts are in {@link #UNROUTED_NAMES}. */
	private final Set<String> districtProvinces = new HashSet<>();

	/** A transliteration is at most this many letters longer or shorter. */
	static final int MAX_TRANSLITERATION_LENGTH_GAP = 2;

	/** Longest text (in words) searched for a place name it contains. */
	static final int MAX_WORDS_SEARCHED = 12;

	public PlaceResolver(ReferenceData data) {
		this(data, CsvTable.resource(COMMON_SPELLINGS), CsvTable.resource(UNROUTED_NAMES));
	}

	PlaceResolver(ReferenceData data, CsvTable commonSpellings, CsvTable unroutedNames) {
		this.data = data;
		indexRegions();
		indexProvinces();
		indexCourts();
		indexCommonSpellings(commonSpellings);
		indexCompoundNameParts();
		indexUnroutedNames(unroutedNames);
	}

	private void indexUnroutedNames(CsvTable names) {
		names.map((row) -> {
			String kind = row.get("kind");
			if (!Set.of(ABROAD, "DISTRICT", "AMBIGUOUS", "PERSON").contains(kind)) {
				throw new IllegalStateException(UNROUTED_NAMES + " line " + row.line() + ": unknown kind " + kind);
			}
			List<String> codes = row.list("province_codes");
			for (String code : codes) {
				this.data.province(code)
					.orElseThrow(() -> new IllegalStateException(
							UNROUTED_NAMES + " line " + row.line() + ": unknown province " + code));
			}
			if (kind.equals("DISTRICT")) {
				this.districtProvinces.addAll(codes);
			}
			String key = PlaceNames.key(row.get("name"));
			this.unrouted.merge(key, new Unrouted(kind, codes), Unrouted::with);
			return row;
		});
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
			Set<String> ownNames = this.provinceNameKeys.computeIfAbsent(p.code(), (c) -> new HashSet<>());
			for (String name : concat(List.of(p.nameFr(), p.nameAr()), p.altNames())) {
				this.index.add(name, target(p, null, name, source, true, PROVINCE_NAME));
				ownNames.add(PlaceNames.key(name));
			}
			for (String name : p.altNamesUnsourced()) {
				this.index.add(name, target(p, null, name, source, false, PROVINCE_NAME));
				ownNames.add(PlaceNames.key(name));
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

	/**
	 * Many prefecture/province names join the names of two places with a hyphen
	 * (Tanger-Assilah, M'diq-Fnideq, Chtouka-Aït Baha, and Casablanca's préfectures
	 * d'arrondissements such as "Al Fida-Mers Sultan"): each part is a place of that
	 * province, so it is indexed on its own. A hyphen is taken as joining two places when
	 * one part already names the same province, or when every part is several words; the
	 * Arabic name is split when a Latin name of the row was, into as many parts. Other
	 * hyphens join the words of one name (Béni-Mellal, Hay-Hassani, Oued Ed-Dahab) and
	 * are left alone. A part that is already another place's own name is not added.
	 */
	private void indexCompoundNameParts() {
		Set<String> primaryKeys = new HashSet<>(this.index.keys());
		for (Province p : this.data.provinces()) {
			String source = "prefectures_provinces.csv " + p.code();
			Map<String, Boolean> names = new java.util.LinkedHashMap<>();
			for (String name : concat(List.of(p.nameFr(), p.nameAr()), p.altNames())) {
				names.putIfAbsent(name, true);
			}
			for (String name : p.altNamesUnsourced()) {
				names.putIfAbsent(name, false);
			}
			Set<Integer> latinSplits = new HashSet<>();
			List<Map.Entry<String, Boolean>> arabic = new ArrayList<>();
			for (Map.Entry<String, Boolean> name : names.entrySet()) {
				List<String> parts = hyphenParts(name.getKey());
				if (parts.size() < 2) {
					continue;
				}
				boolean joinsPlaces = parts.stream().anyMatch((part) -> namesProvince(part, p, primaryKeys))
						|| parts.stream().allMatch((part) -> part.contains(" "));
				if (joinsPlaces) {
					if (isLatin(name.getKey())) {
						latinSplits.add(parts.size());
					}
					addParts(p, parts, name.getKey(), source, name.getValue(), primaryKeys);
				}
				else if (!isLatin(name.getKey())) {
					arabic.add(name);
				}
			}
			for (Map.Entry<String, Boolean> name : arabic) {
				List<String> parts = hyphenParts(name.getKey());
				if (latinSplits.contains(parts.size())) {
					addParts(p, parts, name.getKey(), source, name.getValue(), primaryKeys);
				}
			}
		}
	}

	private void addParts(Province p, List<String> parts, String whole, String source, boolean sourced,
			Set<String> primaryKeys) {
		for (String part : parts) {
			String key = PlaceNames.key(part);
			if (key.length() < 3 || (primaryKeys.contains(key) && !this.index.exact(key).isEmpty())) {
				continue; // already a name of this or another place
			}
			// a part spelled a little differently from a town of the province is that
			// town ("Assilah" in Tanger-Assilah is the court seat Asilah)
			List<PlaceTarget> towns = this.index.near(key)
				.stream()
				.flatMap((c) -> c.targets().stream())
				.filter((t) -> p.code().equals(t.provinceCode()) && t.city() != null)
				.toList();
			PlaceTarget town = (towns.stream().map(PlaceTarget::city).distinct().count() == 1) ? towns.get(0) : null;
			this.index.add(part,
					(town != null)
							? new PlaceTarget(p.code(), p.regionCode(), town.city(), part,
									source + " (part of '" + whole + "') ; " + town.source(), sourced && town.sourced(),
									town.specificity())
							: target(p, null, part, source + " (part of '" + whole + "')", sourced, PROVINCE_NAME));
		}
	}

	private static List<String> hyphenParts(String name) {
		return java.util.Arrays.stream(name.split("-")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
	}

	private boolean namesProvince(String part, Province p, Set<String> primaryKeys) {
		String key = PlaceNames.key(part);
		return primaryKeys.contains(key)
				&& this.index.exact(key).stream().anyMatch((t) -> p.code().equals(t.provinceCode()));
	}

	private static boolean isLatin(String name) {
		return name.chars().anyMatch((c) -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
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
		// a place abroad is not routed to the Moroccan province named beside it
		// ("Melilla" / "Nador", "Paris" / "Casablanca")
		if (byCity.abroad() || (byProvince.abroad() && !byCity.found())) {
			return new PlaceResolution.Unresolved(ABROAD, List.of());
		}
		PlaceTarget provinceTarget = (byProvince.found() && byProvince.single().provinceCode() != null)
				? byProvince.single() : null;
		List<String> remarks = new ArrayList<>();
		if (byCity.found() && byCity.single().provinceCode() != null && byCity.how() != null) {
			remarks.add("City '" + city + "': " + byCity.how());
		}
		if (provinceTarget != null && byProvince.how() != null) {
			remarks.add("Province '" + province + "': " + byProvince.how());
		}
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
			if (lookup.unrouted() != null) {
				reason = switch (lookup.unrouted().kind()) {
					case "DISTRICT" -> DISTRICT_ONLY;
					case "PERSON" -> PERSON_NAME;
					case LONGER_NAME, NEAR_UNKNOWN -> lookup.unrouted().kind();
					default -> "AMBIGUOUS";
				};
				lookup.unrouted()
					.provinceCodes()
					.forEach((code) -> suggestions.add(this.data.province(code).orElseThrow().nameFr()));
			}
			else if (lookup.found()) { // a region: it holds several provinces
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

	/**
	 * What a given text names, trying in turn: the exact key; the key without a Latin
	 * article written attached ("Eljadida"); a near key (edit distance), a tie broken
	 * only by a candidate spelled with the same consonants; the same consonants ("Qnitra"
	 * for Kénitra) when the spelling is also not far; the first words of a longer name
	 * ("Souk Sebt"); and last, for a text of several words ("quartier Maarif,
	 * Casablanca", "près de Rabat"), the names it contains, which must all point at one
	 * place. A text that could be two places is ambiguous, never guessed.
	 */
	private Lookup lookup(String text) {
		List<String> words = PlaceNames.words(text);
		if (words.size() > MAX_WORDS_SEARCHED) {
			words = words.subList(0, MAX_WORDS_SEARCHED);
		}
		String key = String.join("", words);
		if (key.isEmpty()) {
			return new Lookup(key, List.of(), 0, null);
		}
		Lookup found = lookupWords(words, key, text);
		if (found.targets().isEmpty() && found.unrouted() == null) {
			// spellings of Moroccan Arabic, of Spanish and of colonial French, tried
			// last: a lone l as the article, j for kh, rh for gh
			Lookup alternative = alternative(key, words, PlaceNames.withoutDarijaArticle(words),
					"read without the article l of Moroccan Arabic");
			if (alternative == null) {
				alternative = alternative(key, words, PlaceNames.withSpanishJ(words),
						"read with kh for j (Spanish spelling)");
			}
			if (alternative == null) {
				alternative = alternative(key, words, PlaceNames.withColonialRh(words),
						"read with gh for rh (colonial French spelling)");
			}
			if (alternative != null) {
				return alternative;
			}
		}
		return found;
	}

	private Lookup alternative(String key, List<String> words, List<String> other, String how) {
		if (other == words) {
			return null;
		}
		Lookup alternative = lookupWords(other, String.join("", other), null);
		return alternative.found() ? new Lookup(key, alternative.targets(), alternative.distance() + 1, how) : null;
	}

	/**
	 * The lookup of a key; the text it was read from is given when the text may be
	 * searched for the names it contains.
	 */
	private Lookup lookupWords(List<String> words, String key, String searched) {
		String text = String.join(" ", words);
		List<PlaceTarget> exact = this.index.exact(key);
		if (!exact.isEmpty()) {
			return new Lookup(key, settle(exact), 0, null);
		}
		// a name known exactly wins over a near spelling of another one ("Derb Sultan" is
		// not "Mers Sultan", "Sofia" is not Safi)
		Unrouted known = this.unrouted.get(key);
		if (known != null) {
			return new Lookup(key, List.of(), -1, null, known);
		}
		Lookup variant = spellingVariant(key, words.size());
		if (variant != null) {
			return variant;
		}
		List<PlaceIndex.Candidate> near = this.index.near(key);
		if (key.length() < SHORT_KEY_LENGTH && PlaceNames.isLatinKey(key)) {
			// one edit in four letters is a guess unless only a vowel differs ("Rbat",
			// "Azro"): "Fass" is not Fahs, "Gaza" is not Taza
			near = near.stream().filter((c) -> consonants(c.key()).equals(consonants(key))).toList();
		}
		if (!near.isEmpty()) {
			int best = near.get(0).distance();
			List<PlaceIndex.Candidate> nearest = near.stream().filter((c) -> c.distance() == best).toList();
			List<PlaceTarget> targets = settle(merge(targetsOf(nearest)));
			if (targets.size() > 1) {
				// a tie: a candidate with the same consonants differs only by vowels
				Set<String> sameConsonants = new HashSet<>(
						this.index.sameSkeleton(PlaceNames.skeleton(text), PlaceIndex.MIN_SKELETON_CONSONANTS));
				List<PlaceTarget> kept = settle(
						merge(targetsOf(nearest.stream().filter((c) -> sameConsonants.contains(c.key())).toList())));
				if (kept.size() == 1) {
					return new Lookup(key, kept, best,
							"the nearest names are equally close; the one spelled with the same consonants was kept");
				}
			}
			return new Lookup(key, targets, best, null);
		}
		Lookup consonants = sameConsonants(key, text);
		if (consonants != null) {
			return consonants;
		}
		Lookup hardG = hardG(key);
		if (hardG != null) {
			return hardG;
		}
		if (searched != null && words.size() > 1) {
			// the words with their segments and articles, needed only here
			List<PlaceNames.Token> tokens = PlaceNames.tokens(searched);
			Lookup contained = containedNames(tokens.subList(0, Math.min(tokens.size(), MAX_WORDS_SEARCHED)));
			if (contained != null) {
				return contained;
			}
		}
		return new Lookup(key, List.of(), -1, null);
	}

	/**
	 * Exact variants of a key: without an attached Latin article, without an Arabic
	 * preposition and article ("بالرباط" → "رباط"), or the first words of a longer name.
	 */
	private Lookup spellingVariant(String key, int wordCount) {
		List<String> articleFree = this.index.articleFree(key);
		if (!articleFree.isEmpty()) {
			return fromKeys(key, articleFree, "read without the attached article");
		}
		String single = singleLetters(key);
		if (!single.equals(key) && PlaceNames.isLatinKey(key) && this.index.contains(single)) {
			return fromKeys(key, List.of(single), "read with each doubled letter once");
		}
		if (key.length() > 5 && "بوفل".indexOf(key.charAt(0)) >= 0 && key.startsWith("ال", 1)
				&& this.index.contains(key.substring(3))) {
			return fromKeys(key, List.of(key.substring(3)), "read without the preposition and article");
		}
		// a one-letter Arabic preposition or "and" joined to a name without its article
		// ("بمراكش" in Marrakech, "لمكناس" of Meknès)
		if (key.length() >= 4 && "بلفو".indexOf(key.charAt(0)) >= 0 && this.index.contains(key.substring(1))) {
			return fromKeys(key, List.of(key.substring(1)), "read without the attached preposition");
		}
		if (wordCount == 1 && key.length() >= MIN_SIDI_NAME_LENGTH) {
			List<String> withSidi = this.index.withoutSidi(key);
			if (!withSidi.isEmpty()) {
				return fromKeys(key, withSidi, "read as a name said without its honorific Sidi");
			}
		}
		if (wordCount > 1) {
			List<String> longer = this.index.startingWith(key);
			if (!longer.isEmpty()) {
				return fromKeys(key, longer, "read as the first words of a longer name");
			}
			longer = this.index.endingWith(key);
			if (!longer.isEmpty()) {
				return fromKeys(key, longer, "read as the last words of a longer name");
			}
		}
		return null;
	}

	/**
	 * The key with g for every k (not kh): Moroccan Arabic writes the sound g with the
	 * kaf (زاكورة Zagora, أكادير Agadir, كلميم Guelmim), so a name transliterated from
	 * the Arabic script has a k where the usual Latin spelling has a g ("Zakoura"). Found
	 * only exactly or within the usual edit allowance, and only when it is one place.
	 */
	private Lookup hardG(String key) {
		if (key.length() < MIN_HARD_G_LENGTH || !PlaceNames.isLatinKey(key)) {
			return null;
		}
		StringBuilder variant = new StringBuilder(key.length());
		int changed = 0;
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			boolean loneK = c == 'k' && (i + 1 == key.length() || key.charAt(i + 1) != 'h');
			variant.append(loneK ? 'g' : c);
			changed += loneK ? 1 : 0;
		}
		if (changed == 0) {
			return null;
		}
		String g = variant.toString();
		List<PlaceTarget> exact = this.index.exact(g);
		if (!exact.isEmpty()) {
			List<PlaceTarget> settled = settle(exact);
			return (settled.size() == 1) ? new Lookup(key, settled, changed, HARD_G) : null;
		}
		List<PlaceIndex.Candidate> near = this.index.near(g);
		if (near.isEmpty()) {
			return null;
		}
		int best = near.get(0).distance();
		List<PlaceTarget> targets = settle(
				merge(targetsOf(near.stream().filter((c) -> c.distance() == best).toList())));
		return (targets.size() == 1) ? new Lookup(key, targets, changed + best, HARD_G) : null;
	}

	/** A shorter word is not read as the name of a "Sidi X" place. */
	static final int MIN_SIDI_NAME_LENGTH = 5;

	/** Latin keys shorter than this match at one edit only when a vowel differs. */
	static final int SHORT_KEY_LENGTH = 5;

	private static String consonants(String key) {
		StringBuilder out = new StringBuilder(key.length());
		for (int i = 0; i < key.length(); i++) {
			if ("aeiouy".indexOf(key.charAt(i)) < 0) {
				out.append(key.charAt(i));
			}
		}
		return out.toString();
	}

	/** "fass" → "fas", "tettouan" → "tetouan": a doubled letter written once. */
	static String singleLetters(String key) {
		StringBuilder out = new StringBuilder(key.length());
		for (int i = 0; i < key.length(); i++) {
			if (i == 0 || key.charAt(i) != key.charAt(i - 1)) {
				out.append(key.charAt(i));
			}
		}
		return out.toString();
	}

	private static final String HARD_G = "read with g for k (Moroccan Arabic writes the sound g with the kaf)";

	/** Shorter keys are not read with g for k: "Kaza" is Casablanca, "Gaza" is not. */
	static final int MIN_HARD_G_LENGTH = 5;

	private Lookup fromKeys(String key, List<String> keys, String how) {
		List<PlaceTarget> targets = new ArrayList<>();
		int distance = Integer.MAX_VALUE;
		for (String k : keys) {
			targets.addAll(this.index.exact(k));
			distance = Math.min(distance, EditDistance.bounded(key, k, key.length() + k.length()));
		}
		List<PlaceTarget> settled = settle(merge(targets));
		return new Lookup(key, settled, distance, (settled.size() == 1) ? how : null);
	}

	/**
	 * Names written with the same consonants and not too far in spelling:
	 * transliterations differ in their vowels, by a few letters at most
	 * ("Qnitra"/"Kénitra").
	 */
	private Lookup sameConsonants(String key, String text) {
		int bound = Math.max(2, (key.length() + 1) / 2);
		List<String> keys = this.index.sameSkeleton(PlaceNames.skeleton(text), PlaceIndex.MIN_SKELETON_CONSONANTS_ALONE)
			.stream()
			.filter((k) -> (Math.abs(k.length() - key.length()) <= MAX_TRANSLITERATION_LENGTH_GAP
					&& EditDistance.bounded(key, k, bound) <= bound) || PlaceNames.isWithoutVowels(key, k))
			.toList();
		if (keys.isEmpty()) {
			return null;
		}
		Lookup lookup = fromKeys(key, keys, "read as a transliteration with the same consonants");
		return lookup.targets().isEmpty() ? null : lookup;
	}

	/**
	 * The place named inside a longer text: the longest runs of words that are a known
	 * name (exactly, or by the variants above), each word used once. Found only when they
	 * all point at one place (a town and its province, a city and one of its districts);
	 * two places are ambiguous. Words that qualify a town (centre, médina, plage) and
	 * administrative or sentence words (commune, caïdat, "ana f") name no place. The
	 * words after "près de"/"قرب" name a landmark, used only when no other place is named
	 * (a place the data does not hold named beside it is not routed: the landmark is
	 * suggested). A place right after a street, district or gate word names the street,
	 * district or gate ("Rue de Fès", "Quartier Dakhla", "Bab Taza"). A known name
	 * followed in its segment by a word that is none of these and is either preceded by
	 * an article ("Ribat El Kheir", "Souira Lqdima") or follows a town without districts
	 * in the data ("Sidi Slimane Cherraa") is the start of a longer name of a place the
	 * data does not hold: not routed, the known place suggested.
	 */
	private Lookup containedNames(List<PlaceNames.Token> tokens) {
		List<String> words = tokens.stream().map(PlaceNames.Token::word).toList();
		int n = words.size();
		String allKey = String.join("", words);
		// the words after a near word, in its segment, name a landmark; the words after a
		// street, district or gate word, in its segment, name the street, district or
		// gate
		boolean[] landmark = new boolean[n];
		boolean[] named = new boolean[n];
		int near = -1;
		for (int i = 0; i < n; i++) {
			String w = words.get(i);
			boolean isNear = near < 0 && PlaceNames.isNearWord(w);
			boolean isSubplace = STREET_WORDS.contains(w) || PlaceNames.isSubplaceWord(w);
			if (isNear) {
				near = i;
			}
			for (int j = i + 1; (isNear || isSubplace) && j < n
					&& tokens.get(j).segment() == tokens.get(i).segment(); j++) {
				landmark[j] |= isNear;
				named[j] |= isSubplace;
			}
		}
		boolean[] used = new boolean[n];
		List<Span> spans = new ArrayList<>();
		for (int length = n - 1; length >= 1; length--) {
			for (int from = 0; from + length <= n; from++) {
				if (anyUsed(used, from, length) || landmark[from] != landmark[from + length - 1]
						|| (near >= from && near < from + length)) {
					continue;
				}
				List<String> span = words.subList(from, from + length);
				if (span.stream().allMatch((w) -> w.chars().allMatch(Character::isDigit))) {
					continue; // a postcode or house number
				}
				String before = (from > 0) ? words.get(from - 1) : "";
				if (STREET_WORDS.contains(before)) {
					continue;
				}
				String spanKey = String.join("", span);
				Unrouted known = this.unrouted.get(spanKey);
				if (known != null && known.kind().equals(ABROAD)) {
					return new Lookup(allKey, List.of(), -1, null, known);
				}
				if (known != null && known.kind().equals("PERSON") && PlaceNames.isNameStarter(before)) {
					// "Sidi Allal Tazi", "Dar Bouazza": a person's name in a place name
					continue;
				}
				List<PlaceTarget> exact = this.index.exact(spanKey);
				if (exact.isEmpty() && known == null) {
					Lookup variant = spellingVariant(spanKey, length);
					exact = (variant != null) ? variant.targets() : List.of();
				}
				// "Quartier Dakhla", "Bab Taza": a district or gate named after a place
				// (a Casablanca arrondissement is a district itself: "Hay Bernoussi")
				if (known == null && PlaceNames.isSubplaceWord(before) && !exact.isEmpty()
						&& !exact.stream().allMatch(this::isArrondissement)) {
					continue;
				}
				if (known != null || !exact.isEmpty()) {
					java.util.Arrays.fill(used, from, from + length, true);
					spans.add(new Span(from, length, spanKey, exact, known, landmark[from]));
				}
			}
		}
		boolean[] explained = explained(tokens, used, named);
		if (near >= 0) {
			boolean placeNamed = spans.stream().anyMatch((span) -> !span.landmark());
			if (placeNamed) {
				spans.removeIf(Span::landmark);
			}
			else if (java.util.stream.IntStream.range(0, n).anyMatch((i) -> !landmark[i] && !explained[i])) {
				// "Mehdia près de Kénitra": a place the data does not hold near a known
				// one
				return new Lookup(allKey, List.of(), -1, null, new Unrouted(NEAR_UNKNOWN, provinceCodes(spans)));
			}
		}
		List<Span> longerNames = spans.stream().filter((span) -> startsALongerName(span, tokens, explained)).toList();
		// a longer name is not the known place; another place named in the text decides
		spans.removeAll(longerNames);
		if (!longerNames.isEmpty() && spans.stream().allMatch((span) -> span.targets().isEmpty())) {
			return new Lookup(allKey, List.of(), -1, null, new Unrouted(LONGER_NAME, provinceCodes(longerNames)));
		}
		List<String> found = new ArrayList<>();
		List<PlaceTarget> targets = new ArrayList<>();
		Map<PlaceTarget, String> spanOf = new HashMap<>();
		Unrouted hints = null;
		Map<String, Unrouted> districtSpans = new HashMap<>();
		for (Span span : spans) {
			if (span.known() != null) {
				districtSpans.put(span.key(), span.known());
				hints = (hints != null) ? hints.with(span.known()) : span.known();
			}
			if (!span.targets().isEmpty()) {
				found.add(span.key());
				for (PlaceTarget t : span.targets()) {
					targets.add(t);
					spanOf.putIfAbsent(t, span.key());
				}
			}
		}
		if (targets.isEmpty() && hints == null) {
			return coreWords(tokens, explained, landmark);
		}
		if (targets.isEmpty()) {
			return new Lookup(allKey, List.of(), -1, null, hints);
		}
		// a district name of several cities (Hay Mohammadi: Agadir, Casablanca) yields
		// to the city named with it
		List<PlaceTarget> all = targets;
		targets = targets.stream().filter((t) -> {
			Unrouted district = districtSpans.get(spanOf.get(t));
			return district == null || all.stream()
				.noneMatch((o) -> o != t && !spanOf.get(o).equals(spanOf.get(t)) && o.provinceCode() != null
						&& district.provinceCodes().stream().anyMatch((c) -> o.provinceCode().startsWith(c)));
		}).toList();
		List<PlaceTarget> places = targets.stream().filter((t) -> t.provinceCode() != null).toList();
		if (places.isEmpty()) {
			places = targets; // only a region was named
		}
		// several names of one place: the town rather than the province's own name
		Map<String, PlaceTarget> perPlace = new java.util.LinkedHashMap<>();
		for (PlaceTarget t : places) {
			perPlace.merge(t.placeId(), t, (a, b) -> moreTelling(a, b, spanOf));
		}
		List<PlaceTarget> settled = settle(new ArrayList<>(perPlace.values()));
		String how = (settled.size() == 1) ? "recognised " + found.stream().map((k) -> "'" + k + "'").toList()
				+ " in the text; the other words were not used" : null;
		return new Lookup(allKey, settled, 0, how);
	}

	/**
	 * Each word named by a found place, or that names none: a qualifier (centre, médina),
	 * an administrative or sentence word, a region, a near, street, district or gate
	 * word, a number, or a trailing qualifier right after a found place ("Sla Jdida").
	 */
	private static boolean[] explained(List<PlaceNames.Token> tokens, boolean[] used, boolean[] named) {
		boolean[] explained = new boolean[tokens.size()];
		for (int i = 0; i < tokens.size(); i++) {
			String w = tokens.get(i).word();
			boolean follows = i > 0 && used[i - 1] && tokens.get(i - 1).segment() == tokens.get(i).segment();
			explained[i] = used[i] || named[i] || PlaceNames.isQualifier(w) || PlaceNames.isFiller(w)
					|| (follows && PlaceNames.isTrailingQualifier(w)) || PlaceNames.isRegionWord(w)
					|| PlaceNames.isNearWord(w) || PlaceNames.isSubplaceWord(w) || STREET_WORDS.contains(w)
					|| w.chars().allMatch(Character::isDigit);
		}
		return explained;
	}

	/**
	 * Whether a found place is only the start of a longer name of a place the data does
	 * not hold: a word that names no place follows it in its segment (see
	 * {@link #containedNames}).
	 */
	private boolean startsALongerName(Span span, List<PlaceNames.Token> tokens, boolean[] explained) {
		int next = span.from() + span.length();
		if (span.known() != null || span.targets().isEmpty() || next >= tokens.size() || explained[next]
				|| PlaceNames.isNameStarter(tokens.get(next).word())
				|| tokens.get(next).segment() != tokens.get(next - 1).segment()
				|| span.targets().stream().anyMatch((t) -> t.provinceCode() == null)) {
			return false;
		}
		// a formulaic name (Sidi X, Aïn X, Souk X) is shared by many places, and so
		// is a short spelling no source gives ("Souira Guedima", "Ribat El Kheir"); a
		// word with an article after a town whose districts the data does not know,
		// or after an Arabic name without its article (the construct state: "رباط
		// الخير", ribat of al-khayr) makes another name
		boolean formulaic = PlaceNames.isNameStarter(tokens.get(span.from()).word());
		boolean unsourced = span.targets().stream().anyMatch((t) -> !t.sourced());
		boolean articled = tokens.get(next).articled();
		boolean noDistricts = span.targets().stream().anyMatch((t) -> !hasDistricts(t.provinceCode()));
		boolean construct = !PlaceNames.isLatinKey(tokens.get(next - 1).word()) && !tokens.get(next - 1).articled();
		return formulaic || unsourced || (articled && (noDistricts || construct));
	}

	/**
	 * A text in which no name was found, read without the words that name no place ("f
	 * tnja lbalia" → "tnja"), when what is left is a run of words of one segment.
	 */
	private Lookup coreWords(List<PlaceNames.Token> tokens, boolean[] explained, boolean[] landmark) {
		List<String> core = new ArrayList<>();
		int first = -1;
		int last = -1;
		for (int i = 0; i < tokens.size(); i++) {
			if (PlaceNames.isRegionWord(tokens.get(i).word())) {
				// "Boumalne Dades" is not Boumalne, which is too near Boulemane
				return null;
			}
			if (!explained[i] && !landmark[i]) {
				core.add(tokens.get(i).word());
				first = (first < 0) ? i : first;
				last = i;
			}
		}
		if (core.isEmpty() || core.size() == tokens.size() || last - first + 1 != core.size()
				|| tokens.get(first).segment() != tokens.get(last).segment()) {
			return null;
		}
		Lookup lookup = lookupWords(core, String.join("", core), null);
		return lookup.found() ? new Lookup(lookup.key(), lookup.targets(), lookup.distance(),
				"read without the words that name no place" + ((lookup.how() != null) ? "; " + lookup.how() : ""))
				: null;
	}

	private List<String> provinceCodes(List<Span> spans) {
		List<String> codes = new ArrayList<>();
		for (Span span : spans) {
			for (PlaceTarget t : span.targets()) {
				if (t.provinceCode() != null && !codes.contains(t.provinceCode())) {
					codes.add(t.provinceCode());
				}
			}
		}
		return codes;
	}

	private boolean isArrondissement(PlaceTarget target) {
		return target.provinceCode() != null
				&& this.data.province(target.provinceCode()).map(Province::isArrondissement).orElse(false);
	}

	/** Whether the data knows districts of this province's towns (the big cities). */
	private boolean hasDistricts(String provinceCode) {
		return this.districtProvinces.stream().anyMatch(provinceCode::startsWith);
	}

	/** A run of words of a text recognised as a name, or as an unrouted name. */
	private record Span(int from, int length, String key, List<PlaceTarget> targets, Unrouted known, boolean landmark) {
	}

	private PlaceTarget moreTelling(PlaceTarget a, PlaceTarget b, Map<PlaceTarget, String> spanOf) {
		boolean aIsProvince = this.provinceNameKeys.getOrDefault(a.provinceCode(), Set.of()).contains(spanOf.get(a));
		boolean bIsProvince = this.provinceNameKeys.getOrDefault(b.provinceCode(), Set.of()).contains(spanOf.get(b));
		if (aIsProvince != bIsProvince) {
			return aIsProvince ? b : a;
		}
		return (b.specificity() > a.specificity()) ? b : a;
	}

	private static boolean anyUsed(boolean[] used, int from, int length) {
		for (int i = from; i < from + length; i++) {
			if (used[i]) {
				return true;
			}
		}
		return false;
	}

	/** One target per place, the most specific. */
	private static List<PlaceTarget> merge(List<PlaceTarget> targets) {
		Map<String, PlaceTarget> perPlace = new java.util.LinkedHashMap<>();
		for (PlaceTarget t : targets) {
			perPlace.merge(t.placeId(), t, (a, b) -> (b.specificity() > a.specificity()) ? b : a);
		}
		return new ArrayList<>(perPlace.values());
	}

	private static List<PlaceTarget> targetsOf(List<PlaceIndex.Candidate> candidates) {
		return candidates.stream().flatMap((c) -> c.targets().stream()).toList();
	}

	/**
	 * Places that are not really different: a Casablanca préfecture d'arrondissements
	 * named with its city is that préfecture d'arrondissements (it keeps the city), and
	 * several préfectures d'arrondissements of one city (a district name they share) are
	 * that city's prefecture. Sorted by name.
	 */
	private List<PlaceTarget> settle(List<PlaceTarget> targets) {
		List<PlaceTarget> kept = new ArrayList<>();
		for (PlaceTarget t : targets) {
			PlaceTarget inner = targets.stream()
				.filter((o) -> o.provinceCode() != null && t.provinceCode() != null
						&& o.provinceCode().startsWith(t.provinceCode() + "."))
				.findFirst()
				.orElse(null);
			if (inner == null) {
				if (kept.stream().noneMatch((k) -> k.placeId().equals(t.placeId()))) {
					kept.add(t);
				}
			}
			else if (inner.city() == null && t.city() != null) {
				kept.removeIf((k) -> k.placeId().equals(inner.placeId()));
				kept.add(new PlaceTarget(inner.provinceCode(), inner.regionCode(), t.city(), inner.displayName(),
						inner.source() + " ; " + t.source(), inner.sourced() && t.sourced(), inner.specificity()));
			}
		}
		if (kept.size() > 1) {
			Set<String> parents = new HashSet<>();
			for (PlaceTarget t : kept) {
				Province p = (t.provinceCode() != null) ? this.data.province(t.provinceCode()).orElse(null) : null;
				parents.add((p != null && p.isArrondissement())
						? t.provinceCode().substring(0, t.provinceCode().indexOf('.', 3)) : null);
			}
			if (parents.size() == 1 && !parents.contains(null)) {
				Province parent = this.data.province(parents.iterator().next()).orElse(null);
				if (parent != null) {
					return List.of(new PlaceTarget(parent.code(), parent.regionCode(), null, parent.nameFr(),
							String.join(" ; ", kept.stream().map(PlaceTarget::source).toList()),
							kept.stream().allMatch(PlaceTarget::sourced), PROVINCE_NAME));
				}
			}
		}
		kept.sort(Comparator.comparing(PlaceTarget::displayName));
		return kept;
	}

	/**
	 * Candidates for one given name; distance -1 when nothing is near; how says how a
	 * name that is not the plain or a near spelling was read (null otherwise).
	 */
	private record Lookup(String key, List<PlaceTarget> targets, int distance, String how, Unrouted unrouted) {

		Lookup(String key, List<PlaceTarget> targets, int distance, String how) {
			this(key, targets, distance, how, null);
		}

		boolean abroad() {
			return this.unrouted != null && this.unrouted.kind().equals(ABROAD);
		}

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

	/**
	 * What an unrouted name is (ABROAD, DISTRICT, AMBIGUOUS) and the provinces to
	 * suggest.
	 */
	private record Unrouted(String kind, List<String> provinceCodes) {

		Unrouted with(Unrouted other) {
			List<String> codes = new ArrayList<>(this.provinceCodes);
			other.provinceCodes.stream().filter((c) -> !codes.contains(c)).forEach(codes::add);
			String k = this.kind.equals(ABROAD) || other.kind.equals(ABROAD) ? ABROAD
					: (this.kind.equals(other.kind) ? this.kind : "AMBIGUOUS");
			return new Unrouted(k, codes);
		}

	}

}
