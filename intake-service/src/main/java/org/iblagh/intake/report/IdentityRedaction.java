package org.iblagh.intake.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes an identified reporter's own name, national id, phone number and e-mail address
 * out of the description that leaves intake. Reporters often introduce themselves in the
 * text ("je m'appelle…, CIN…, mon numéro…"); the identity is kept sealed here and shown
 * to an investigator only through the audited look-up, so it must not travel to triage,
 * the offices and their webhooks inside the description, nor become a suspect
 * "indicator"; the same goes for their follow-up messages. The sealed originals are
 * unchanged.
 */
public final class IdentityRedaction {

	static final String NAME = "[reporter's name]";

	static final String NATIONAL_ID = "[reporter's ID]";

	static final String PHONE = "[reporter's phone]";

	static final String EMAIL = "[reporter's e-mail]";

	/**
	 * What people put between the digits of a phone number: +212 6 12-34-56-78,
	 * 0612.34.56.78.
	 */
	private static final String SEPARATOR = "[\\s.\\-/]?";

	/**
	 * Moroccan numbers are compared on their last nine digits (+212 6… and 06… alike).
	 */
	private static final int SIGNIFICANT_DIGITS = 9;

	private IdentityRedaction() {
	}

	public static String apply(String description, ReporterIdentity identity) {
		if (description == null || identity == null) {
			return description;
		}
		String text = description;
		text = replaceLiteral(text, identity.email(), EMAIL);
		text = replacePhone(text, identity.phone());
		text = replaceSpaced(text, identity.nationalId(), NATIONAL_ID);
		text = replaceName(text, identity.fullName());
		return text;
	}

	private static String replaceLiteral(String text, String value, String mark) {
		if (value == null || value.isBlank()) {
			return text;
		}
		return Pattern.compile(Pattern.quote(value.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
			.matcher(text)
			.replaceAll(Matcher.quoteReplacement(mark));
	}

	/**
	 * The reporter's number wherever it stands, however it is spaced, with a national
	 * (0), an international (+212, 00212) or no prefix, and never inside a longer number:
	 * a suspect's number written right next to it stays.
	 */
	private static String replacePhone(String text, String phone) {
		String wanted = lastDigits(phone);
		if (wanted.length() < 6) {
			return text;
		}
		StringBuilder pattern = new StringBuilder(
				"(?<![\\d+])(?:(?:\\+|00)212" + SEPARATOR + "(?:\\(0\\)" + SEPARATOR + ")?|0" + SEPARATOR + ")?");
		for (int i = 0; i < wanted.length(); i++) {
			pattern.append((i > 0) ? SEPARATOR : "").append(wanted.charAt(i));
		}
		pattern.append("(?!\\d)");
		return Pattern.compile(pattern.toString()).matcher(text).replaceAll(Matcher.quoteReplacement(PHONE));
	}

	private static String lastDigits(String value) {
		if (value == null) {
			return "";
		}
		String digits = value.replaceAll("\\D", "");
		return (digits.length() > SIGNIFICANT_DIGITS) ? digits.substring(digits.length() - SIGNIFICANT_DIGITS) : digits;
	}

	/**
	 * An id written with or without spaces or dashes inside ("BK 123456", "bk-123456").
	 */
	private static String replaceSpaced(String text, String value, String mark) {
		if (value == null) {
			return text;
		}
		String compact = value.replaceAll("[\\s-]", "");
		if (compact.length() < 4) {
			return text;
		}
		StringBuilder pattern = new StringBuilder("(?<![\\p{L}\\p{N}])");
		for (int i = 0; i < compact.length(); i++) {
			if (i > 0) {
				pattern.append("[\\s-]?");
			}
			pattern.append(Pattern.quote(String.valueOf(compact.charAt(i))));
		}
		pattern.append("(?![\\p{L}\\p{N}])");
		return Pattern.compile(pattern.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
			.matcher(text)
			.replaceAll(Matcher.quoteReplacement(mark));
	}

	/**
	 * The full name in either order (first names first or family name first), however
	 * spaced, cased or accented. Single given names are left: they are shared by many
	 * people, a suspect among them.
	 */
	private static String replaceName(String text, String fullName) {
		if (fullName == null) {
			return text;
		}
		List<String> parts = new ArrayList<>(List.of(fullName.strip().split("\\s+")));
		parts.removeIf(String::isEmpty);
		if (parts.isEmpty() || String.join("", parts).length() < 4) {
			return text;
		}
		String folded = fold(text);
		List<String> orders = new ArrayList<>();
		orders.add(wordsPattern(parts));
		if (parts.size() > 1) {
			List<String> reversed = new ArrayList<>(parts.subList(1, parts.size()));
			reversed.add(parts.get(0));
			orders.add(wordsPattern(reversed));
		}
		// folding keeps one character per character, so positions in the folded text are
		// positions in the original
		Matcher found = Pattern.compile(String.join("|", orders)).matcher(folded);
		StringBuilder out = new StringBuilder();
		int last = 0;
		while (found.find()) {
			out.append(text, last, found.start()).append(NAME);
			last = found.end();
		}
		out.append(text, last, text.length());
		return out.toString();
	}

	private static String wordsPattern(List<String> words) {
		StringBuilder pattern = new StringBuilder("(?<![\\p{L}\\p{N}])");
		for (int i = 0; i < words.size(); i++) {
			if (i > 0) {
				pattern.append("[\\s,.-]+");
			}
			pattern.append(Pattern.quote(fold(words.get(i))));
		}
		return pattern.append("(?![\\p{L}\\p{N}])").toString();
	}

	/** Lower case without accents, one character for one character. */
	private static String fold(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 128) {
				// most of a description: no accent to take off, no decomposition to run
				out.append(Character.toLowerCase(c));
				continue;
			}
			String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			char folded = (base.length() == 1) ? base.charAt(0) : c;
			out.append(String.valueOf(folded).toLowerCase(Locale.ROOT).charAt(0));
		}
		return out.toString();
	}

}
