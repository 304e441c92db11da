package org.iblagh.triage.statistics.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a place name as people type it into a comparison key: case, Latin accents, Arabic
 * diacritics and letter variants, punctuation, spaces and articles are erased. The same
 * folding as routing-service's place names (copied, not shared: services share no code
 * beyond contracts), so a name routing understands lands in the same region here.
 */
final class PlaceKey {

	private static final Set<String> NOISE_WORDS = Set.of("el", "al", "ad", "ed", "es", "er", "ez", "d", "l", "de",
			"des", "du", "la", "le", "les", "province", "prefecture", "ville", "city", "of", "the", "اقليم", "عماله",
			"مدينه");

	private PlaceKey() {
	}

	static String of(String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
		StringBuilder folded = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640' || c == '\u0621') {
				continue; // accents, harakat, tatweel, lone hamza
			}
			switch (c) {
				case '\u0671', '\u0622', '\u0623', '\u0625' -> folded.append('\u0627'); // alef
																						// forms
				case '\u0624' -> folded.append('\u0648'); // waw with hamza
				case '\u0626', '\u0649' -> folded.append('\u064A'); // ya with hamza, alef
																	// maqsura
				case '\u0629' -> folded.append('\u0647'); // ta marbuta → ha
				case '\u06AF', '\u06AD', '\u06A9' -> folded.append('\u0643'); // gaf, ng,
																				// keheh →
																				// kaf
				case 'ß' -> folded.append("ss");
				default -> folded.append(Character.isLetterOrDigit(c) ? c : ' ');
			}
		}
		StringBuilder key = new StringBuilder(folded.length());
		for (String word : folded.toString().split(" ")) {
			if (word.isEmpty() || NOISE_WORDS.contains(word)) {
				continue;
			}
			// the Arabic article is written attached to the word
			key.append((word.length() > 3 && word.startsWith("\u0627\u0644")) ? word.substring(2) : word);
		}
		return key.toString();
	}

}
