package org.iblagh.triage.assessment.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads lexicon resources. Format, one entry a line:
 *
 * <pre>
 * # comment
 * [ar]                   section = language form: ar, ary (Arabic script), ary-latn (Arabizi), fr, en, es
 * 3 نصب*                 weight, then the words; a trailing * matches any ending
 * 2 ~nsb                 (Arabizi) a leading ~ matches the skeleton anywhere in a word
 * 3 =ghda                (Arabizi) a leading = compares the word as written, for words whose
 *                        skeleton is also a frequent word's (ghda/ghadi, jinsi/jeunes);
 *                        (Arabic) the whole token, without taking its prefixes off
 *                        (=يتقتلو matches يتقتلو, not كيتقتلو)
 * 3 &lt;minor-age&gt; ans      &lt;minor-age&gt; is any number from 1 to 17
 * 3 sent &lt;amount&gt;       &lt;amount&gt; is a sum (500dh, 700 euros, 40 000); never first
 * </pre>
 *
 * Words are normalised like report text, so lexicons can be written with accents, hamzas
 * or diacritics. In the ary-latn section words are compared by consonant skeleton, except
 * words whose skeleton is shorter than {@value #MIN_SKELETON} letters, which are compared
 * as written (list their spellings).
 */
public final class LexiconLoader {

	/**
	 * Arabizi words whose consonant skeleton is shorter than this are compared as
	 * written: once the vowels are gone, "ana" (an) is "in", "on" or "une", "mous" (ms)
	 * is "mes" or "mais", "lila" (l) is "la", so short skeletons collide with French,
	 * English and Spanish words.
	 */
	static final int MIN_SKELETON = 3;

	private LexiconLoader() {
	}

	public static List<Term> load(String resource) {
		List<Term> terms = new ArrayList<>();
		String form = "any";
		int lineNumber = 0;
		for (String raw : lines(resource)) {
			lineNumber++;
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("[") && line.endsWith("]")) {
				form = line.substring(1, line.length() - 1).strip();
				continue;
			}
			int space = line.indexOf(' ');
			if (space < 0) {
				throw new IllegalArgumentException(resource + ":" + lineNumber + ": expected '<weight> <words>'");
			}
			int weight = Integer.parseInt(line.substring(0, space));
			String written = line.substring(space + 1).strip();
			terms.add(new Term(resource, form, written, weight, patterns(written, form, resource, lineNumber)));
		}
		return terms;
	}

	/** Negation words, one a line, in any script; sections are allowed and ignored. */
	public static Set<String> loadWords(String resource) {
		Set<String> words = new HashSet<>();
		for (String raw : lines(resource)) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#") || line.startsWith("[")) {
				continue;
			}
			words.add(TextNormalizer.normalize(line));
		}
		return words;
	}

	private static List<TermPattern> patterns(String written, String form, String resource, int lineNumber) {
		boolean arabizi = form.equals("ary-latn");
		List<TermPattern> patterns = new ArrayList<>();
		for (String word : written.split("\\s+")) {
			if (word.equals("<minor-age>")) {
				patterns.add(new TermPattern(TermPattern.Kind.MINOR_AGE, "", TermPattern.Mode.EXACT));
				continue;
			}
			if (word.equals("<amount>")) {
				if (patterns.isEmpty()) {
					throw new IllegalArgumentException(resource + ":" + lineNumber + ": <amount> cannot start a term");
				}
				patterns.add(new TermPattern(TermPattern.Kind.AMOUNT, "", TermPattern.Mode.EXACT));
				continue;
			}
			TermPattern.Mode mode = TermPattern.Mode.EXACT;
			boolean asWritten = word.startsWith("=") && (arabizi || isArabic(word.substring(1)));
			if (asWritten) {
				word = word.substring(1);
			}
			if (word.startsWith("~")) {
				mode = TermPattern.Mode.CONTAINS;
				word = word.substring(1);
			}
			if (word.endsWith("*")) {
				mode = (mode == TermPattern.Mode.CONTAINS) ? mode : TermPattern.Mode.PREFIX;
				word = word.substring(0, word.length() - 1);
			}
			String normalized = TextNormalizer.normalize(word).replace("'", "");
			if (normalized.isEmpty()) {
				throw new IllegalArgumentException(resource + ":" + lineNumber + ": empty word");
			}
			char first = normalized.charAt(0);
			TermPattern.Kind kind;
			String text = normalized;
			if (TextNormalizer.isArabicLetter(first)) {
				kind = asWritten ? TermPattern.Kind.ARABIC_WORD : TermPattern.Kind.ARABIC;
			}
			else if (normalized.chars().allMatch(Character::isDigit)) {
				kind = TermPattern.Kind.NUMBER;
			}
			else if (arabizi && !asWritten && TextNormalizer.arabiziKey(normalized).length() >= MIN_SKELETON) {
				kind = TermPattern.Kind.ARABIZI;
				text = TextNormalizer.arabiziKey(normalized);
			}
			else {
				kind = TermPattern.Kind.LATIN;
			}
			patterns.add(new TermPattern(kind, text, mode));
		}
		return patterns;
	}

	private static boolean isArabic(String word) {
		return !word.isEmpty() && TextNormalizer.isArabicLetter(TextNormalizer.normalize(word).charAt(0));
	}

	private static List<String> lines(String resource) {
		InputStream in = LexiconLoader.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Missing resource " + resource);
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
