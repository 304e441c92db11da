package org.iblagh.triage.assessment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of weighted terms with an index on the first word of each, so a text is matched
 * in one pass over its tokens whatever the size of the lexicon. Each term counts once per
 * text. A term preceded (within three tokens, further across "or") by a negation word is
 * reported as negated and weighs nothing.
 */
public final class Lexicon {

	private static final int NEGATION_WINDOW = 3;

	/** "or" and "nor" in the report languages, normalised. */
	private static final Set<String> COORDINATORS = Set.of("or", "nor", "ou", "ni", "o", "او", "ولا", "wla", "ola");

	/**
	 * "but" in the report languages, normalised: what follows it is asserted, whatever
	 * was denied before ("I'm not racist but they are animals").
	 */
	private static final Set<String> ADVERSATIVES = Set.of("but", "mais", "pero", "sino", "لكن", "ولكن", "ولاكن",
			"walakin", "walakine", "wlakin", "walaken", "lakin", "lakine");

	/**
	 * غير negates the word right after it (غير قانوني, not legal); further on it is the
	 * Darija "only" (غير باغي يفضحها, he only wants to expose her).
	 */
	private static final String GHAYR = "غير";

	/** Words that open a purpose clause ("in order to"), normalised. */
	private static final Set<String> PURPOSE = Set.of("pour", "afin", "para", "order", "bach", "bash", "باش", "لكي",
			"كي");

	/**
	 * Phrases may skip one short filler word between their words ("ydrbo l mohajirin").
	 */
	private static final int MAX_GAP = 1;

	/**
	 * The Darija negation is a circumfix, "ma" before the verb and "ch" after it ("ma
	 * khllestch", I didn't pay; "ma dkhltch", I didn't click). "ma" alone is also the
	 * French "my", so it negates only a Latin word that carries the -ch ending.
	 */
	private static final String DARIJA_NEGATION = "ma";

	private static String darijaCircumfix(List<Token> tokens, int index) {
		if (index == 0) {
			return null;
		}
		Token token = tokens.get(index);
		String text = token.text();
		if (token.script() != Script.LATIN || text.length() < 5 || !(text.endsWith("ch") || text.endsWith("sh"))) {
			return null;
		}
		return DARIJA_NEGATION.equals(tokens.get(index - 1).text()) ? "ma…" + text.substring(text.length() - 2) : null;
	}

	private final List<Term> terms;

	private final Map<String, List<Term>> arabicFirst = new HashMap<>();

	private final Map<String, List<Term>> latinFirst = new HashMap<>();

	private final Map<String, List<Term>> arabiziFirst = new HashMap<>();

	private final List<Term> numberFirst = new ArrayList<>();

	private final Set<String> negations;

	public Lexicon(List<Term> terms, Set<String> negations) {
		this.terms = List.copyOf(deduplicate(terms));
		this.negations = Set.copyOf(negations);
		for (Term term : this.terms) {
			TermPattern first = term.patterns().get(0);
			switch (first.kind()) {
				case ARABIC, ARABIC_WORD ->
					this.arabicFirst.computeIfAbsent(first.text(), (k) -> new ArrayList<>()).add(term);
				case LATIN -> this.latinFirst.computeIfAbsent(first.text(), (k) -> new ArrayList<>()).add(term);
				case ARABIZI -> this.arabiziFirst.computeIfAbsent(first.text(), (k) -> new ArrayList<>()).add(term);
				case NUMBER, MINOR_AGE, AMOUNT -> this.numberFirst.add(term);
			}
		}
	}

	/**
	 * The same word listed under several languages (violen* in fr, en and es) is one
	 * term: it keeps its highest weight and counts once.
	 */
	private static List<Term> deduplicate(List<Term> terms) {
		Map<List<Object>, Term> unique = new java.util.LinkedHashMap<>();
		for (Term term : terms) {
			unique.merge(List.of(term.source(), term.patterns()), term, (a, b) -> (b.weight() > a.weight()) ? b : a);
		}
		return new ArrayList<>(unique.values());
	}

	public List<Term> terms() {
		return this.terms;
	}

	/**
	 * Every term found in the tokens, once each, in order of first occurrence.
	 * @param tokens the text's tokens
	 * @param arabizi whether to try Darija-in-Latin entries (only when the text looks
	 * like Arabizi, since consonant skeletons of French or English words collide with
	 * them)
	 */
	public List<TermMatch> match(List<Token> tokens, boolean arabizi) {
		Map<Term, TermMatch> found = new IdentityHashMap<>();
		List<TermMatch> ordered = new ArrayList<>();
		List<Term> candidates = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			candidates.clear();
			collectCandidates(token, arabizi, candidates);
			for (Term term : candidates) {
				if (found.containsKey(term)) {
					continue;
				}
				int end = matchFrom(term, tokens, i);
				if (end < 0) {
					continue;
				}
				TermMatch match = new TermMatch(term, i, end, surface(tokens, i, end), negationBefore(tokens, i));
				if (match.negated()) {
					// a later, non-negated occurrence still counts, so only remember the
					// negated one when nothing better comes
					if (!hasLaterPlainOccurrence(term, tokens, end)) {
						found.put(term, match);
						ordered.add(match);
					}
					continue;
				}
				found.put(term, match);
				ordered.add(match);
			}
		}
		return oncePerSpan(ordered);
	}

	/**
	 * One word counts once for a lexicon even when entries of several language sections
	 * match it ("migrant*" in fr and "migrants" in en, "hack*" and "hacke*"): of the
	 * matches of one source over the same tokens, only the heaviest is kept.
	 */
	private static List<TermMatch> oncePerSpan(List<TermMatch> matches) {
		Map<List<Object>, TermMatch> best = new java.util.LinkedHashMap<>();
		for (TermMatch match : matches) {
			best.merge(List.of(match.term().source(), match.start(), match.end()), match,
					(a, b) -> (b.effectiveWeight() > a.effectiveWeight()) ? b : a);
		}
		return (best.size() == matches.size()) ? matches : new ArrayList<>(best.values());
	}

	private boolean hasLaterPlainOccurrence(Term term, List<Token> tokens, int from) {
		for (int j = from; j < tokens.size(); j++) {
			if (term.patterns().get(0).matches(tokens.get(j)) && matchFrom(term, tokens, j) >= 0
					&& negationBefore(tokens, j) == null) {
				return true;
			}
		}
		return false;
	}

	private void collectCandidates(Token token, boolean arabizi, List<Term> out) {
		switch (token.script()) {
			case ARABIC -> {
				for (String stem : token.stems()) {
					addByPrefixes(stem, this.arabicFirst, out, 2);
				}
			}
			case LATIN -> {
				addByPrefixes(token.text(), this.latinFirst, out, 2);
				if (arabizi || token.hasArabiziDigit()) {
					addBySubstrings(token.arabiziKey(), out);
					if (token.bare() != null) {
						// the noun without the Darija article written onto it (l7chich)
						addByPrefixes(token.bare(), this.latinFirst, out, 2);
						addBySubstrings(token.bareKey(), out);
					}
				}
			}
			case NUMBER -> out.addAll(this.numberFirst);
		}
	}

	private static void addByPrefixes(String word, Map<String, List<Term>> index, List<Term> out, int minLength) {
		if (index.isEmpty()) {
			return;
		}
		for (int len = Math.min(minLength, word.length()); len <= word.length(); len++) {
			List<Term> terms = index.get(word.substring(0, len));
			if (terms != null) {
				for (Term term : terms) {
					TermPattern first = term.patterns().get(0);
					if (first.mode() != TermPattern.Mode.EXACT || len == word.length()) {
						out.add(term);
					}
				}
			}
		}
	}

	private void addBySubstrings(String key, List<Term> out) {
		if (this.arabiziFirst.isEmpty()) {
			return;
		}
		for (int start = 0; start < key.length(); start++) {
			for (int end = start + 1; end <= key.length(); end++) {
				boolean whole = start == 0 && end == key.length();
				if (end - start < 2 && !whole) {
					// one-letter skeletons only match whole words ("w", "f", "l")
					continue;
				}
				List<Term> terms = this.arabiziFirst.get(key.substring(start, end));
				if (terms == null) {
					continue;
				}
				for (Term term : terms) {
					TermPattern.Mode mode = term.patterns().get(0).mode();
					boolean ok = switch (mode) {
						case EXACT -> start == 0 && end == key.length();
						case PREFIX -> start == 0;
						case CONTAINS -> true;
					};
					if (ok) {
						out.add(term);
					}
				}
			}
		}
	}

	/** Returns the end (exclusive) of the phrase starting at {@code start}, or -1. */
	private static int matchFrom(Term term, List<Token> tokens, int start) {
		List<TermPattern> patterns = term.patterns();
		if (!patterns.get(0).matches(tokens.get(start))) {
			return -1;
		}
		int pos = start + 1;
		for (int p = 1; p < patterns.size(); p++) {
			TermPattern pattern = patterns.get(p);
			int found = -1;
			for (int j = pos; j < tokens.size() && j <= pos + MAX_GAP; j++) {
				if (pattern.matches(tokens.get(j))) {
					found = j;
					break;
				}
			}
			if (found < 0) {
				return -1;
			}
			pos = found + 1;
		}
		return pos;
	}

	private String negationBefore(List<Token> tokens, int index) {
		String circumfix = darijaCircumfix(tokens, index);
		if (circumfix != null) {
			return circumfix;
		}
		int budget = NEGATION_WINDOW;
		for (int j = index - 1; j >= 0 && budget > 0; j--, budget--) {
			String word = tokens.get(j).text();
			if (ADVERSATIVES.contains(word)) {
				return null;
			}
			if (this.negations.contains(word) && !(word.equals(GHAYR) && j != index - 1)) {
				return inPurposeClause(tokens, j) ? null : word;
			}
			if (COORDINATORS.contains(word)) {
				// "not a scam or a threat", "ni arnaque ni menace": the negation reaches
				// every member of the list
				budget += NEGATION_WINDOW;
			}
		}
		return null;
	}

	/**
	 * "pour ne pas les publier", "para no publicarlas", "باش ما ينشرهاش", "in order not
	 * to": the negation belongs to what the reporter is asked to pay for, so the act is
	 * still what the text is about.
	 */
	private static boolean inPurposeClause(List<Token> tokens, int negation) {
		int j = negation - 1;
		if (j >= 0 && tokens.get(j).text().equals("ne")) {
			j--;
		}
		if (j >= 0 && tokens.get(j).text().equals("de")) {
			j--;
		}
		return j >= 0 && PURPOSE.contains(tokens.get(j).text());
	}

	private static String surface(List<Token> tokens, int start, int end) {
		if (end - start == 1) {
			return tokens.get(start).text();
		}
		StringBuilder sb = new StringBuilder();
		for (int j = start; j < end; j++) {
			if (sb.length() > 0) {
				sb.append(' ');
			}
			sb.append(tokens.get(j).text());
		}
		return sb.toString();
	}

}
