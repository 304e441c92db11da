package org.iblagh.routing.place;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.iblagh.routing.data.AreaCode;
import org.iblagh.routing.data.ReferenceData;

/**
 * Reads a Moroccan fixed-line number's area code as a hint of a province. Only a weak
 * signal: number portability and VoIP mean a line need not be where its prefix says, and
 * mobile numbers (06/07) carry no place at all.
 */
public final class AreaCodeLocator {

	private final List<AreaCode> geographic;

	private final PlaceResolver places;

	public AreaCodeLocator(ReferenceData data, PlaceResolver places) {
		this.places = places;
		this.geographic = data.areaCodes()
			.stream()
			.filter(AreaCode::isGeographic)
			.sorted(Comparator.comparingInt((AreaCode a) -> a.prefixNational().length()).reversed())
			.toList();
	}

	/** The longest matching fixed-line prefix and the provinces its cities lie in. */
	public Optional<AreaCodeHint> locate(String phone) {
		String national = nationalDigits(phone);
		if (national == null) {
			return Optional.empty();
		}
		for (AreaCode code : this.geographic) {
			if (national.startsWith(code.prefixNational())) {
				Set<String> provinces = new LinkedHashSet<>();
				Set<String> cities = new LinkedHashSet<>();
				for (String city : code.cities()) {
					String name = city.replaceAll("\\(.*\\)", "").replace(" area", "").trim();
					this.places.exactTargets(name).stream().filter((t) -> t.provinceCode() != null).forEach((t) -> {
						provinces.add(t.provinceCode());
						if (t.city() != null) {
							cities.add(t.city());
						}
					});
				}
				return Optional.of(new AreaCodeHint(code, List.copyOf(provinces), List.copyOf(cities)));
			}
		}
		return Optional.empty();
	}

	/**
	 * "+212 522-123456", "00212522123456", "0522123456" → "0522123456"; null if not
	 * Moroccan.
	 */
	static String nationalDigits(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("[^0-9+]", "");
		if (digits.startsWith("+212")) {
			digits = "0" + digits.substring(4);
		}
		else if (digits.startsWith("00212")) {
			digits = "0" + digits.substring(5);
		}
		else if (digits.startsWith("212") && digits.length() == 12) {
			digits = "0" + digits.substring(3);
		}
		return (digits.startsWith("0") && digits.length() == 10) ? digits : null;
	}

	/**
	 * @param provinceCodes the provinces of the prefix's cities; more than one means the
	 * prefix cannot tell them apart
	 * @param cities the known cities the prefix names (canonical names)
	 */
	public record AreaCodeHint(AreaCode areaCode, List<String> provinceCodes, List<String> cities) {

		public boolean singleProvince() {
			return this.provinceCodes.size() == 1;
		}

		/**
		 * The one city the prefix stands for, when it names a single city of a single
		 * province (a city that seats its own court keeps it: 05394 is Asilah, not the
		 * Tanger-Assilah prefecture's chief town).
		 */
		public Optional<String> singleCity() {
			return (singleProvince() && this.areaCode.cities().size() == 1 && this.cities.size() == 1)
					? Optional.of(this.cities.get(0)) : Optional.empty();
		}

	}

}
