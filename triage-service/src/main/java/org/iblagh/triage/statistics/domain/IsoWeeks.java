package org.iblagh.triage.statistics.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;

/**
 * ISO-8601 weeks ({@code 2026-W48}) in UTC: the finest time the public statistics show,
 * so no published figure can be tied to a day.
 */
public final class IsoWeeks {

	private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}");

	private IsoWeeks() {
	}

	public static String of(Instant instant) {
		LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
		return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
				day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/**
	 * The first instant of the week {@code weeksBack} weeks before the one holding
	 * {@code now} (0 = this week's Monday, 00:00 UTC).
	 */
	public static Instant startOfWeek(Instant now, int weeksBack) {
		LocalDate monday = LocalDate.ofInstant(now, ZoneOffset.UTC)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.minusWeeks(weeksBack);
		return monday.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** Whether a string looks like an ISO week (for request parameters). */
	public static boolean isWeek(String text) {
		return text != null && WEEK.matcher(text).matches();
	}

}
