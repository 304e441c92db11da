package org.iblagh.triage.assessment.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language form from marker words (resource {@code lexicon/language.lex}):
 * the script decides between the Arabic forms and the Latin ones, markers decide within a
 * script, and a text with a real share of both scripts is mixed.
 */
public final class LanguageDetector {

	private static final String[] LATIN_FORMS = { "fr", "en", "es", "ary-latn" };

	private final Lexicon markers;

	public LanguageDetector(Lexicon markers) {
		this.markers = markers;
	}

	public static LanguageDetector fromResources() {
		// a word shared by two forms (de, la, me in fr and es) must count for both: the
		// lexicon merges terms of one source, so each form gets its own
		List<Term> markers = LexiconLoader.load(Resources.LEXICON + "language.lex")
			.stream()
			.map((t) -> new Term(t.source() + "#" + t.form(), t.form(), t.written(), t.weight(), t.patterns()))
			.toList();
		return new LanguageDetector(new Lexicon(markers, Set.of()));
	}

	public LanguageGuess detect(List<Token> tokens, String declared) {
		int arabic = 0;
		int latin = 0;
		int arabiziDigits = 0;
		int darijaVerbs = 0;
		for (Token token : tokens) {
			if (token.script() == Script.ARABIC) {
				arabic++;
				if (looksLikeDarijaVerb(token.text())) {
					darijaVerbs++;
				}
			}
			else if (token.script() == Script.LATIN) {
				latin++;
				arabiziDigits += token.hasArabiziDigit() ? 1 : 0;
			}
		}
		Map<String, Integer> score = new HashMap<>();
		for (TermMatch match : this.markers.match(tokens, true)) {
			score.merge(match.term().form(), match.term().weight(), Integer::sum);
		}
		score.merge("ary", darijaVerbs, Integer::sum);
		score.merge("ary-latn", 2 * arabiziDigits, Integer::sum);
		String arabicForm = (score.getOrDefault("ary", 0) > score.getOrDefault("ar", 0)) ? "ary" : "ar";
		String latinForm = "und";
		int best = 0;
		for (String form : LATIN_FORMS) {
			int s = score.getOrDefault(form, 0);
			if (s > best) {
				best = s;
				latinForm = form;
			}
		}
		boolean arabizi = score.getOrDefault("ary-latn", 0) >= 2;
		if (arabic == 0 && latin == 0) {
			return new LanguageGuess((declared != null) ? declared : "und", null, false);
		}
		int total = arabic + latin;
		String primary = (arabic >= latin) ? arabicForm : latinForm;
		String other = (arabic >= latin) ? latinForm : arabicForm;
		int minority = Math.min(arabic, latin);
		boolean mixed = minority >= 3 && minority * 5 >= total && !other.equals("und");
		if (primary.equals("und") && declared != null) {
			primary = declared;
		}
		return new LanguageGuess(primary, mixed ? other : null, arabizi);
	}

	/**
	 * Darija marks the present with كي/كت/كن (كيطلب، كتبيع، كنخاف), Standard Arabic does
	 * not.
	 */
	private static boolean looksLikeDarijaVerb(String word) {
		return word.length() >= 5 && (word.startsWith("كي") || word.startsWith("كت") || word.startsWith("كن"))
				&& !word.startsWith("كتاب") && !word.startsWith("كيف") && !word.startsWith("كيلو");
	}

}
