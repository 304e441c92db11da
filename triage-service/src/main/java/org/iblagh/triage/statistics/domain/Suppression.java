package org.iblagh.triage.statistics.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Small-count suppression. A count from 1 to {@code threshold - 1} in any cell (category
 * × region × week × stage) is withheld; zero is shown, since "nobody" identifies no one.
 * <p>
 * Secondary suppression is done by building every total from published cells only, never
 * from the exact table. The alternative, withholding the next smallest cell of each row
 * and column too, has to hold for every margin at once (week, category, region, the grand
 * total, and each of them per stage) and a cell hidden to protect one margin can uncover
 * another; getting that right needs a solver, and it hides far more data than it
 * protects. With published-only totals, everything public is a function of the published
 * cells: changing a withheld count to any other value from 1 to {@code threshold - 1}
 * leaves every published number unchanged, so none can be derived (the unit test checks
 * exactly that). The price is that totals are lower bounds, and the page says so.
 */
public final class Suppression {

	private final int threshold;

	public Suppression(int threshold) {
		if (threshold < 1) {
			throw new IllegalArgumentException("The suppression threshold must be at least 1, not " + threshold);
		}
		this.threshold = threshold;
	}

	/** No suppression at all (a supervisor's exact export). */
	public static Suppression none() {
		return new Suppression(1);
	}

	public int threshold() {
		return this.threshold;
	}

	/** Whether a count may be shown as it is. */
	public boolean publishable(long count) {
		return count == 0 || count >= this.threshold;
	}

	public PublishedFunnel publish(FunnelTable table) {
		List<PublishedCell> cells = new ArrayList<>(table.size());
		for (CellKey key : table.keys()) {
			Long[] counts = new Long[Stage.values().length];
			for (Stage stage : Stage.values()) {
				long count = table.count(key, stage);
				counts[stage.ordinal()] = publishable(count) ? count : null;
			}
			cells.add(new PublishedCell(key, counts));
		}
		long[] all = new long[Stage.values().length];
		cells.forEach((cell) -> addPublished(all, cell));
		List<Margin> byWeek = new ArrayList<>(margins(cells, CellKey::week));
		Collections.reverse(byWeek);
		return new PublishedFunnel(this.threshold, cells, new Margin("total", all), byWeek,
				margins(cells, CellKey::category), margins(cells, CellKey::region));
	}

	/** Totals per group, added up from published counts only (ascending keys). */
	private static List<Margin> margins(List<PublishedCell> cells, Function<CellKey, String> group) {
		Map<String, long[]> sums = new TreeMap<>();
		for (PublishedCell cell : cells) {
			addPublished(sums.computeIfAbsent(group.apply(cell.key()), (k) -> new long[Stage.values().length]), cell);
		}
		List<Margin> margins = new ArrayList<>();
		sums.forEach((key, counts) -> margins.add(new Margin(key, counts)));
		return margins;
	}

	private static void addPublished(long[] sum, PublishedCell cell) {
		for (Stage stage : Stage.values()) {
			Long count = cell.count(stage);
			if (count != null) {
				sum[stage.ordinal()] += count;
			}
		}
	}

}
