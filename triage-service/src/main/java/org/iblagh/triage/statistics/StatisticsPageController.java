package org.iblagh.triage.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.iblagh.contracts.Category;
import org.iblagh.triage.statistics.FunnelStatistics.Snapshot;
import org.iblagh.triage.statistics.domain.IsoWeeks;
import org.iblagh.triage.statistics.domain.Margin;
import org.iblagh.triage.statistics.domain.PublishedCell;
import org.iblagh.triage.statistics.domain.PublishedFunnel;
import org.iblagh.triage.statistics.domain.RegionTable;
import org.iblagh.triage.statistics.domain.Stage;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public statistics page at {@code /statistics}, server-rendered: totals per week,
 * category and region, and one week in detail ({@code ?week=2026-W48}, the newest by
 * default). Withheld counts read {@code <10}.
 */
@Controller
class StatisticsPageController {

	private final FunnelStatistics statistics;

	StatisticsPageController(FunnelStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/statistics")
	String page(@RequestParam(required = false) String week, @RequestParam(required = false) String lang, Model model,
			HttpServletResponse response) {
		model.addAttribute("lang", PublicPageLanguage.of(lang).getLanguage());
		model.addAttribute("stages", Arrays.asList(Stage.values()));
		// strings, not numbers: MessageFormat would write Arabic-Indic digits in Arabic
		model.addAttribute("threshold", String.valueOf(this.statistics.threshold()));
		model.addAttribute("thresholdBelow", String.valueOf(this.statistics.threshold() - 1));
		Optional<Snapshot> current = this.statistics.current();
		if (current.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader(HttpHeaders.RETRY_AFTER, "5");
			return "statistics/page";
		}
		PublishedFunnel funnel = current.get().published();
		String shownWeek = (IsoWeeks.isWeek(week) && funnel.weeks().contains(week)) ? week
				: funnel.weeks().stream().findFirst().orElse(null);
		model.addAttribute("isolatedAsOfWeek", leftToRight(current.get().asOfWeek()));
		model.addAttribute("isolatedWeek", leftToRight(shownWeek));
		model.addAttribute("total", row("total", null, funnel.total()));
		model.addAttribute("byWeek", funnel.byWeek().stream().map((m) -> row(m.key(), null, m)).toList());
		model.addAttribute("byCategory",
				Arrays.stream(Category.values())
					.map((c) -> row(c.name(), "category." + c.name(), funnel.category(c.name()).orElse(null)))
					.toList());
		model.addAttribute("byRegion",
				RegionTable.CODES.stream()
					.map((r) -> row(r, "statistics.region." + r, funnel.region(r).orElse(null)))
					.toList());
		model.addAttribute("week", shownWeek);
		model.addAttribute("cells",
				(shownWeek != null) ? funnel.cellsOfWeek(shownWeek).stream().map(this::row).toList() : List.of());
		return "statistics/page";
	}

	/**
	 * A week inside a sentence, isolated as left-to-right text (U+2066 … U+2069) so an
	 * Arabic sentence does not turn 2026-W48 into W48-2026.
	 */
	private static String leftToRight(String text) {
		return (text != null) ? "\u2066" + text + "\u2069" : null;
	}

	private Row row(String code, String labelKey, Margin margin) {
		List<Shown> counts = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			counts.add(new Shown(stage.key(), String.valueOf((margin != null) ? margin.count(stage) : 0), false));
		}
		return new Row(code, labelKey, null, null, counts);
	}

	private Row row(PublishedCell cell) {
		List<Shown> counts = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			Long count = cell.count(stage);
			counts.add((count != null) ? new Shown(stage.key(), count.toString(), false)
					: new Shown(stage.key(), "<" + this.statistics.threshold(), true));
		}
		return new Row(cell.key().category(), "category." + cell.key().category(), cell.key().region(),
				"statistics.region." + cell.key().region(), counts);
	}

	/**
	 * One table row as the template shows it.
	 *
	 * @param code the week, category or region code
	 * @param labelKey its label's message key, or null to show the code
	 * @param region a detail row's region code (null in totals)
	 * @param regionKey its label's message key
	 */
	record Row(String code, String labelKey, String region, String regionKey, List<Shown> counts) {
	}

	/** A count as shown: the number, or {@code <10} when withheld. */
	record Shown(String stage, String text, boolean suppressed) {
	}

}
