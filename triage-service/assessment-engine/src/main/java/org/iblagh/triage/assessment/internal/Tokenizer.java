package org.iblagh.triage.assessment.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits normalised text into tokens and prepares the forms each one is matched by.
 * Arabic words lose their proclitics (و، ف، ب، ل، ك، ال and their combinations) and the
 * Darija present/future and person prefixes (كي، كا، كت، كن، تي، غا، ي، ت، ن), keeping
 * stems of at least two letters so that short words are not over-matched.
 */
public final class Tokenizer {

	private static final String[] CONJUNCTIONS = { "و", "ف" };

	private static final String[] ARTICLES = { "بال", "فال", "كال", "وال", "لل", "ال", "ب", "ل", "ك" };

	private static final String[] VERB_PREFIXES = { "كي", "كا", "كت", "كن", "تي", "تا", "غا", "غي", "ي", "ت", "ن",
			"س" };

	/**
	 * The person prefix that follows an aspect or future prefix: كي+ن+قتل، غا+ي+قتل، and
	 * in Standard Arabic س+ي+قتلني، س+أ+قتلك (the first person أ is folded to ا).
	 */
	private static final String[] PERSON_PREFIXES = { "ي", "ت", "ن", "ا" };

	private static final Set<String> UNITS = Set.of("dh", "da", "mad", "h", "k", "m", "km", "kg", "mn", "min", "ans",
			"eme", "e", "er", "st", "nd", "rd", "th", "x", "g", "gb", "mb", "go");

	private Tokenizer() {
	}

	public static List<Token> tokenize(String normalized) {
		List<Token> tokens = new ArrayList<>(normalized.length() / 5 + 4);
		int i = 0;
		int n = normalized.length();
		while (i < n) {
			char c = normalized.charAt(i);
			if (TextNormalizer.isArabicLetter(c)) {
				int start = i;
				while (i < n && TextNormalizer.isArabicLetter(normalized.charAt(i))) {
					i++;
				}
				tokens.add(arabic(normalized.substring(start, i)));
			}
			else if (isLatinOrDigit(c)) {
				int start = i;
				boolean letters = false;
				while (i < n && isLatinOrDigit(normalized.charAt(i))) {
					letters |= !Character.isDigit(normalized.charAt(i));
					i++;
				}
				String word = normalized.substring(start, i);
				tokens.add(letters ? latin(word) : new Token(word, Script.NUMBER, new String[] { word }, word, false));
			}
			else {
				i++;
			}
		}
		return tokens;
	}

	private static boolean isLatinOrDigit(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'à' && c <= 'ÿ' && c != '÷');
	}

	private static Token latin(String word) {
		String bare = withoutGluedArticle(word);
		return new Token(word, Script.LATIN, new String[] { word }, TextNormalizer.arabiziKey(word),
				hasArabiziDigit(word), bare, (bare != null) ? TextNormalizer.arabiziKey(bare) : null);
	}

	/**
	 * Darija writes its article onto the noun in Latin letters too ({@code l7chich},
	 * {@code lbirra}, {@code lkala}, {@code lflous}): the word without it, when an
	 * {@code l} is followed by a consonant or a digit-letter, which no French, English or
	 * Spanish word does ({@code ll}, {@code ly} and vowels excluded), and at least three
	 * letters remain.
	 */
	static String withoutGluedArticle(String word) {
		if (word.length() < 4 || word.charAt(0) != 'l') {
			return null;
		}
		char next = word.charAt(1);
		boolean vowelLike = next == 'a' || next == 'e' || next == 'i' || next == 'o' || next == 'u' || next == 'y'
				|| next == 'l' || next == '\'';
		if (vowelLike || (Character.isDigit(next) && next != '3' && next != '7' && next != '9' && next != '5'
				&& next != '8')) {
			return null;
		}
		return word.substring(1);
	}

	/**
	 * Whether a word uses a digit as a letter, as Arabizi does (3la, wa7ed, kat9ol,
	 * l9or9obi): single digits among letters in a word of ordinary length. Amounts and
	 * units (2000dh, 24h, 5dh, 2eme) and identifiers (wallets, codes) are not Arabizi.
	 */
	static boolean hasArabiziDigit(String word) {
		if (word.length() > 16) {
			return false;
		}
		int letters = 0;
		int digits = 0;
		boolean arabiziDigit = false;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (!Character.isDigit(c)) {
				letters++;
				continue;
			}
			digits++;
			boolean digitBefore = i > 0 && Character.isDigit(word.charAt(i - 1));
			boolean digitAfter = i + 1 < word.length() && Character.isDigit(word.charAt(i + 1));
			if (digitBefore || digitAfter) {
				return false;
			}
			arabiziDigit |= c == '2' || c == '3' || c == '5' || c == '7' || c == '8' || c == '9';
		}
		if (!arabiziDigit || letters < 2 || digits > 3) {
			return false;
		}
		// a number followed by a unit or an ordinal suffix
		return !(Character.isDigit(word.charAt(0)) && digits == 1 && UNITS.contains(word.substring(1)));
	}

	static Token arabic(String word) {
		Set<String> stems = new LinkedHashSet<>(8);
		stems.add(word);
		List<String> level1 = new ArrayList<>(2);
		level1.add(word);
		for (String conj : CONJUNCTIONS) {
			if (word.startsWith(conj) && word.length() - conj.length() >= 3) {
				level1.add(word.substring(conj.length()));
			}
		}
		for (String w : level1) {
			stems.add(w);
			for (String article : ARTICLES) {
				if (w.startsWith(article) && w.length() - article.length() >= 2) {
					String bare = w.substring(article.length());
					stems.add(bare);
					// للشراب, بالحشيش: the article is inside the clitic; give lexicon
					// entries written with ال (الشراب) their form back
					if (article.length() > 2 || article.equals("لل")) {
						stems.add("ال" + bare);
					}
				}
			}
			for (String prefix : VERB_PREFIXES) {
				if (w.startsWith(prefix) && w.length() - prefix.length() >= 3) {
					String stripped = w.substring(prefix.length());
					stems.add(stripped);
					// a person prefix follows the Darija aspect prefix (كي+ن+قتل)
					// and the Standard Arabic future (س+ي+قتلني، سأقتلك)
					if (prefix.length() == 2 || prefix.equals("س")) {
						for (String person : PERSON_PREFIXES) {
							if (stripped.startsWith(person) && stripped.length() - 1 >= 3) {
								stems.add(stripped.substring(1));
							}
						}
					}
				}
			}
		}
		// the indefinite accusative writes its tanwin on an alef (جنسياً، حساباً):
		// without the marks the word ends in ا; Standard Arabic also writes an alef
		// after the verb's plural و (قتلوا) that Darija leaves out (قتلو)
		for (String stem : stems.toArray(String[]::new)) {
			if (stem.length() >= 4 && stem.endsWith("ا")) {
				stems.add(stem.substring(0, stem.length() - 1));
			}
		}
		return new Token(word, Script.ARABIC, stems.toArray(String[]::new), "", false);
	}

}
