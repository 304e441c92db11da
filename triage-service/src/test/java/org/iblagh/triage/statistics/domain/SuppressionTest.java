package org.iblagh.triage.statistics.domain;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuppressionTest {

	private static final Suppression TEN = new Suppression(10);

	private static CellKey cell(String week, String category, String region) {
		return new CellKey(week, category, region);
	}

	@Test
	void countsFromOneToNineAreWithheldAndZeroTenAndElevenAreShown() {
		CellKey key = cell("2026-W10", "DRUGS", "01");
		PublishedCell published = TEN.publish(new FunnelTable().put(key, 11, 10, 9, 1)).cells().get(0);
		assertThat(published.count(Stage.RECEIVED)).isEqualTo(11L);
		assertThat(published.count(Stage.TRIAGED)).isEqualTo(10L);
		assertThat(published.count(Stage.REFERRED)).isNull();
		assertThat(published.count(Stage.ACKNOWLEDGED)).isNull();
		assertThat(published.suppressed()).containsExactly(Stage.REFERRED, Stage.ACKNOWLEDGED);

		PublishedCell zero = TEN.publish(new FunnelTable().put(key, 10, 0, 0, 0)).cells().get(0);
		assertThat(zero.count(Stage.TRIAGED)).isZero();
		assertThat(zero.suppressed()).isEmpty();
	}

	@Test
	void theThresholdIsConfigurable() {
		CellKey key = cell("2026-W10", "DRUGS", "01");
		FunnelTable table = new FunnelTable().put(key, 5, 4, 1, 0);
		PublishedCell five = new Suppression(5).publish(table).cells().get(0);
		assertThat(five.count(Stage.RECEIVED)).isEqualTo(5L);
		assertThat(five.suppressed()).containsExactly(Stage.TRIAGED, Stage.REFERRED);
		assertThat(Suppression.none().publish(table).cells().get(0).suppressed()).isEmpty();
		assertThatThrownBy(() -> new Suppression(0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void totalsAddUpPublishedCellsOnly() {
		FunnelTable table = new FunnelTable().put(cell("2026-W10", "DRUGS", "01"), 12, 11, 10, 3)
			.put(cell("2026-W10", "DRUGS", "03"), 3, 3, 0, 0)
			.put(cell("2026-W10", "ONLINE_FRAUD", "01"), 40, 9, 0, 0)
			.put(cell("2026-W11", "DRUGS", "01"), 10, 10, 10, 10);
		PublishedFunnel funnel = TEN.publish(table);

		assertThat(funnel.total().counts()).containsExactly(62, 21, 20, 10);
		assertThat(funnel.weeks()).containsExactly("2026-W11", "2026-W10");
		assertThat(funnel.byWeek().get(1).counts()).containsExactly(52, 11, 10, 0);
		assertThat(funnel.category("DRUGS").orElseThrow().counts()).containsExactly(22, 21, 20, 10);
		assertThat(funnel.region("03").orElseThrow().counts()).containsExactly(0, 0, 0, 0);
		assertThat(funnel.region("01").orElseThrow().counts()).containsExactly(62, 21, 20, 10);
	}

	/**
	 * The secondary-suppression property: whatever a withheld count really is (any value
	 * from 1 to threshold - 1), everything published is identical, so no total, margin or
	 * combination of them can reveal it.
	 */
	@Test
	void noWithheldCountCanBeDerivedFromWhatIsPublished() {
		long[][] rows = { { 12, 11, 10, 3 }, { 3, 3, 0, 0 }, { 40, 9, 1, 0 }, { 1, 0, 0, 0 }, { 10, 10, 9, 9 },
				{ 25, 25, 25, 24 } };
		List<CellKey> keys = List.of(cell("2026-W10", "DRUGS", "01"), cell("2026-W10", "DRUGS", "03"),
				cell("2026-W10", "ONLINE_FRAUD", "01"), cell("2026-W11", "ONLINE_FRAUD", "UNKNOWN"),
				cell("2026-W11", "DRUGS", "03"), cell("2026-W11", "ALCOHOL", "12"));
		PublishedFunnel original = TEN.publish(table(keys, rows));
		int withheld = 0;
		for (int r = 0; r < rows.length; r++) {
			for (Stage stage : Stage.values()) {
				long count = rows[r][stage.ordinal()];
				if (count == 0 || count >= 10) {
					continue;
				}
				withheld++;
				for (long other = 1; other < 10; other++) {
					long[][] changed = copy(rows);
					changed[r][stage.ordinal()] = other;
					assertThat(TEN.publish(table(keys, changed)))
						.as("%s %s = %d instead of %d", keys.get(r), stage, other, count)
						.isEqualTo(original);
				}
			}
		}
		assertThat(withheld).isEqualTo(8);
		assertThat(publishedNumbers(original)).allSatisfy((n) -> assertThat(n == 0 || n >= 10).isTrue());
	}

	private static FunnelTable table(List<CellKey> keys, long[][] rows) {
		FunnelTable table = new FunnelTable();
		for (int i = 0; i < keys.size(); i++) {
			long[] r = rows[i];
			table.put(keys.get(i), r[0], r[1], r[2], r[3]);
		}
		return table;
	}

	private static long[][] copy(long[][] rows) {
		long[][] copy = new long[rows.length][];
		for (int i = 0; i < rows.length; i++) {
			copy[i] = rows[i].clone();
		}
		return copy;
	}

	private static List<Long> publishedNumbers(PublishedFunnel funnel) {
		List<Long> numbers = new ArrayList<>();
		funnel.cells().forEach((c) -> {
			for (Stage s : Stage.values()) {
				if (c.count(s) != null) {
					numbers.add(c.count(s));
				}
			}
		});
		List<Margin> margins = new ArrayList<>(funnel.byWeek());
		margins.addAll(funnel.byCategory());
		margins.addAll(funnel.byRegion());
		margins.add(funnel.total());
		margins.forEach((m) -> {
			for (long n : m.counts()) {
				numbers.add(n);
			}
		});
		return numbers;
	}

}
