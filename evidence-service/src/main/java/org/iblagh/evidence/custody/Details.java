package org.iblagh.evidence.custody;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The {@code key=value;key=value} form of a custody entry's detail: readable in an
 * exported manifest and parseable again.
 */
public final class Details {

	private Details() {
	}

	public static String of(Map<String, ?> values) {
		StringJoiner joiner = new StringJoiner(";");
		values.forEach((k, v) -> {
			if (v != null) {
				joiner.add(k + "=" + v.toString().replace(';', ','));
			}
		});
		return joiner.toString();
	}

	public static String of(String... keyValues) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i + 1 < keyValues.length; i += 2) {
			map.put(keyValues[i], keyValues[i + 1]);
		}
		return of(map);
	}

	public static String value(String detail, String key) {
		if (detail == null) {
			return null;
		}
		for (String part : detail.split(";")) {
			int eq = part.indexOf('=');
			if (eq > 0 && part.substring(0, eq).equals(key)) {
				return part.substring(eq + 1);
			}
		}
		return null;
	}

}
