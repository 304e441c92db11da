package org.iblagh.intake.portal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The city picker's suggestions: every prefecture and province of Morocco under its
 * French and Arabic names, its chief town and the other spellings people use (Tanger,
 * Tangier, Tanja…), from {@code data/prefectures_provinces.csv} (a copy of
 * {@code shared/data/morocco}). Routing resolves whatever the reporter types; these only
 * help them type it.
 */
public final class Cities {

	private Cities() {
	}

	public static List<String> spellings() {
		Set<String> spellings = new LinkedHashSet<>();
		try (InputStream in = Cities.class.getResourceAsStream("/data/prefectures_provinces.csv")) {
			if (in == null) {
				return List.of();
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				List<String> columns = columns(line);
				if (columns.size() < 8) {
					continue;
				}
				add(spellings, columns.get(1));
				add(spellings, columns.get(2));
				add(spellings, columns.get(7));
				for (String alt : (columns.get(4) + "|" + columns.get(5)).split("\\|")) {
					add(spellings, alt);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(spellings);
	}

	private static void add(Set<String> spellings, String value) {
		String v = value.strip();
		if (!v.isEmpty() && v.length() <= 60) {
			spellings.add(v);
		}
	}

	/** Splits one CSV line, honouring double quotes. */
	static List<String> columns(String line) {
		List<String> columns = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					current.append('"');
					i++;
				}
				else {
					quoted = !quoted;
				}
			}
			else if (c == ',' && !quoted) {
				columns.add(current.toString());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		columns.add(current.toString());
		return columns;
	}

}
