package org.iblagh.triage.statistics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.iblagh.triage.statistics.domain.Margin;
import org.iblagh.triage.statistics.domain.PublishedCell;
import org.iblagh.triage.statistics.domain.PublishedFunnel;
import org.iblagh.triage.statistics.domain.Stage;

/**
 * The public JSON: codes only (labels are the clients' business), no report id, no date
 * finer than an ISO week, no city. A withheld count is {@code null} and its stage is
 * listed in the cell's {@code suppressed}.
 *
 * @param threshold the smallest non-zero count published
 * @param asOfWeek the ISO week of the computation
 * @param stages the funnel's stages in order
 * @param total every published cell added up (withheld counts are not in any total)
 * @param byWeek totals per ISO week, newest first
 * @param byCategory totals per category code
 * @param byRegion totals per region (HCP code 01–12, or UNKNOWN)
 * @param cells every category × region × week row
 */
record StatisticsJson(int threshold, String asOfWeek, List<String> stages, Map<String, Long> total,
		List<Map<String, Object>> byWeek, List<Map<String, Object>> byCategory, List<Map<String, Object>> byRegion,
		List<Cell> cells) {

	static StatisticsJson of(String asOfWeek, PublishedFunnel funnel) {
		return new StatisticsJson(funnel.threshold(), asOfWeek, Arrays.stream(Stage.values()).map(Stage::key).toList(),
				counts(funnel.total()), margins("week", funnel.byWeek()), margins("category", funnel.byCategory()),
				margins("region", funnel.byRegion()), funnel.cells().stream().map(Cell::of).toList());
	}

	private static List<Map<String, Object>> margins(String name, List<Margin> margins) {
		return margins.stream().map((m) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put(name, m.key());
			row.putAll(counts(m));
			return row;
		}).toList();
	}

	private static Map<String, Long> counts(Margin margin) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Stage stage : Stage.values()) {
			counts.put(stage.key(), margin.count(stage));
		}
		return counts;
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Cell(String week, String category, String region, Long received, Long triaged, Long referred,
			Long acknowledged, List<String> suppressed) {

		static Cell of(PublishedCell c) {
			return new Cell(c.key().week(), c.key().category(), c.key().region(), c.count(Stage.RECEIVED),
					c.count(Stage.TRIAGED), c.count(Stage.REFERRED), c.count(Stage.ACKNOWLEDGED),
					c.suppressed().stream().map(Stage::key).toList());
		}

	}

}
