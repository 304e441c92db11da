package org.iblagh.triage.assessment.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.SuggestedOffence;

/**
 * Category to offences, from the Moroccan reference data ({@code offences.csv}, copied
 * from shared/data/morocco) through {@code rules/category-offences.txt}. These are
 * suggestions for the investigator, each with the verification status of its source row.
 */
public final class OffenceCatalog {

	private final Map<Category, List<SuggestedOffence>> byCategory;

	private OffenceCatalog(Map<Category, List<SuggestedOffence>> byCategory) {
		this.byCategory = byCategory;
	}

	public static OffenceCatalog fromResources() {
		List<List<String>> rows = Csv.parse(read(Resources.ROOT + "data/offences.csv"));
		List<String> header = rows.get(0);
		int offence = header.indexOf("offence");
		int text = header.indexOf("text");
		int articles = header.indexOf("articles");
		int verified = header.indexOf("verified");
		Map<Category, List<SuggestedOffence>> byCategory = new EnumMap<>(Category.class);
		for (Category category : Category.values()) {
			byCategory.put(category, new ArrayList<>());
		}
		for (String line : read(Resources.ROOT + "rules/category-offences.txt").split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split("\\|");
			Category category = Category.valueOf(parts[0].strip());
			String code = parts[1].strip();
			String prefix = parts[2].strip();
			List<String> row = rows.stream()
				.skip(1)
				.filter((r) -> r.size() > verified && r.get(offence).startsWith(prefix))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No offence row starts with '" + prefix + "'"));
			String article = row.get(articles);
			if (!article.contains("CP") && !row.get(text).isBlank()) {
				article = article + " (" + row.get(text) + ")";
			}
			byCategory.get(category).add(new SuggestedOffence(code, article, row.get(verified)));
		}
		byCategory.replaceAll((category, list) -> List.copyOf(list));
		return new OffenceCatalog(byCategory);
	}

	public List<SuggestedOffence> suggest(Category category) {
		return this.byCategory.get(category);
	}

	private static String read(String resource) {
		InputStream in = OffenceCatalog.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Missing resource " + resource);
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			StringBuilder sb = new StringBuilder();
			reader.lines().forEach((l) -> sb.append(l).append('\n'));
			return sb.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. */
	static final class Csv {

		private Csv() {
		}

		static List<List<String>> parse(String content) {
			List<List<String>> rows = new ArrayList<>();
			List<String> row = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < content.length(); i++) {
				char c = content.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						field.append(c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					row.add(field.toString());
					field.setLength(0);
				}
				else if (c == '\n') {
					row.add(field.toString());
					field.setLength(0);
					rows.add(row);
					row = new ArrayList<>();
				}
				else if (c != '\r') {
					field.append(c);
				}
			}
			if (field.length() > 0 || !row.isEmpty()) {
				row.add(field.toString());
				rows.add(row);
			}
			return rows;
		}

	}

}
