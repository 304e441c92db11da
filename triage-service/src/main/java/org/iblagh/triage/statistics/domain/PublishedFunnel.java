package org.iblagh.triage.statistics.domain;

import java.util.List;
import java.util.Optional;

/**
 * Everything the statistics may show: the cells with small counts withheld, and totals
 * made of published counts only.
 *
 * @param threshold the smallest non-zero count shown
 * @param cells every category × region × week row, newest week first
 * @param total all published cells added up
 * @param byWeek totals per ISO week, newest first
 * @param byCategory totals per category code
 * @param byRegion totals per region code
 */
public record PublishedFunnel(int threshold, List<PublishedCell> cells, Margin total, List<Margin> byWeek,
		List<Margin> byCategory, List<Margin> byRegion) {

	public PublishedFunnel {
		cells = List.copyOf(cells);
		byWeek = List.copyOf(byWeek);
		byCategory = List.copyOf(byCategory);
		byRegion = List.copyOf(byRegion);
	}

	public List<String> weeks() {
		return this.byWeek.stream().map(Margin::key).toList();
	}

	public List<PublishedCell> cellsOfWeek(String week) {
		return this.cells.stream().filter((c) -> c.key().week().equals(week)).toList();
	}

	public Optional<Margin> category(String code) {
		return this.byCategory.stream().filter((m) -> m.key().equals(code)).findFirst();
	}

	public Optional<Margin> region(String code) {
		return this.byRegion.stream().filter((m) -> m.key().equals(code)).findFirst();
	}

}
