package org.iblagh.triage.assessment.internal;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.Priority;
import org.iblagh.triage.assessment.indicators.FoundIndicator;
import org.iblagh.triage.assessment.indicators.IndicatorType;

/**
 * A one-line, neutral summary for the queue and the offices: category, priority,
 * language, aggravating factors, indicator counts, then the start of the description with
 * every identifier found in it (phones, e-mails, handles, accounts, wallets, links)
 * replaced by its type, and a reporter's self-introduction and ID numbers hidden, so it
 * shows no personal data.
 */
public final class SummaryWriter {

	private static final int EXCERPT_LENGTH = 120;

	/**
	 * A self-introduction and the one to three words of the name after it, up to the next
	 * punctuation, in the platform's languages (Darija in Arabic and Latin letters too).
	 */
	private static final Pattern SELF_INTRODUCTION = Pattern.compile("(?iu)((?<![\\p{L}])(?:je m'appelle|je m’appelle"
			+ "|mon nom est|mon nom c'est|my name is|i am called|me llamo|mi nombre es|ana smiti|smiti|smiyti"
			+ "|اسمي|إسمي|سميتي|أنا اسمي)[\\s:,-]+)[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,2}");

	/**
	 * A Moroccan national ID number (CIN): one or two letters, then digits ("BK123456",
	 * "A 654321").
	 */
	private static final Pattern NATIONAL_ID = Pattern
		.compile("(?<![\\p{L}\\p{N}])\\p{IsLatin}{1,2}[ -]?\\d{5,7}(?![\\p{L}\\p{N}])");

	private SummaryWriter() {
	}

	public static String summarize(Category category, Priority priority, String language, TextAnalysis analysis,
			List<FoundIndicator> indicators, String description) {
		StringBuilder sb = new StringBuilder();
		sb.append(category.name()).append(" (").append(priority.name()).append(", ").append(language).append(')');
		StringBuilder factors = new StringBuilder();
		for (Factor factor : Factor.values()) {
			if (!factor.categoryOnly() && analysis.has(factor)) {
				factors.append(factors.length() > 0 ? ", " : "").append(factor.code());
			}
		}
		if (factors.length() > 0) {
			sb.append(" · ").append(factors);
		}
		Map<IndicatorType, Integer> counts = new EnumMap<>(IndicatorType.class);
		indicators.forEach((i) -> counts.merge(i.type(), 1, Integer::sum));
		if (!counts.isEmpty()) {
			sb.append(" · ");
			StringBuilder list = new StringBuilder();
			counts.forEach((type, n) -> list.append(list.length() > 0 ? ", " : "").append(n).append(' ').append(type));
			sb.append(list);
		}
		String excerpt = mask(description, indicators);
		if (!excerpt.isBlank()) {
			sb.append(" — «").append(excerpt).append('»');
		}
		return sb.toString();
	}

	static String mask(String description, List<FoundIndicator> indicators) {
		StringBuilder masked = new StringBuilder(description);
		indicators.stream()
			.filter((i) -> i.start() >= 0)
			.sorted(Comparator.comparingInt(FoundIndicator::start).reversed())
			.forEach((i) -> masked.replace(i.start(), i.end(), "[" + i.type().name().toLowerCase() + "]"));
		String flat = masked.toString().replaceAll("\\s+", " ").strip();
		// digits runs the extractor did not take (a badly written number) are hidden too
		flat = flat.replaceAll("(?:\\+|00)?\\d(?:[ .\\-]?\\d){7,}", "[number]");
		// the summary leaves for the offices and their webhooks: what a reporter writes
		// about themselves stays out of it ("je m'appelle …", a national ID number)
		flat = SELF_INTRODUCTION.matcher(flat).replaceAll("$1[name]");
		flat = NATIONAL_ID.matcher(flat).replaceAll("[id]");
		if (flat.length() <= EXCERPT_LENGTH) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
		return flat.substring(0, (cut > EXCERPT_LENGTH / 2) ? cut : EXCERPT_LENGTH) + "…";
	}

}
