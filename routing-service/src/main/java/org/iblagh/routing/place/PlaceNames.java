package org.iblagh.routing.place;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a place name as people type it into a comparison key: case, Latin accents, Arabic
 * diacritics, hamza-carrying alef forms, alef maqsura, ta marbuta, tatweel, punctuation
 * and spaces, and the articles ("el", "al", "ad-", "ال", "de", "des") are all erased,
 * because the same city is written every one of these ways.
 */
public final class PlaceNames {

	/** Whole words that carry no identity of a place. */
	private static final Set<String> NOISE_WORDS = Set.of("el", "al", "ad", "ed", "es", "er", "ez", "d", "l", "de",
			"des", "du", "la", "le", "les", "province", "prefecture", "ville", "city", "of", "the", "اقليم", "عماله",
			"مدينه");

	private PlaceNames() {
	}

	private static boolean needsDecomposition(String name) {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c >= 0x80 && (c < 0x0600 || c > 0x06FF)) {
				return true;
			}
		}
		return false;
	}

	public static String key(String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		// NFKD splits é into e + accent and أ/إ/آ into ا + a combining hamza/madda; it is
		// the slow step, so plain ASCII and Arabic-block text skip it (hamza forms are
		// folded below)
		String decomposed = (needsDecomposition(name) ? Normalizer.normalize(name, Normalizer.Form.NFKD) : name)
			.toLowerCase(Locale.ROOT);
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
				case '\u0626' -> folded.append('\u064A'); // ya with hamza
				case '\u0649' -> folded.append('\u064A'); // alef maqsura → ya
				case '\u0629' -> folded.append('\u0647'); // ta marbuta → ha
				case '\u06AF', '\u06AD', '\u06A9' -> folded.append('\u0643'); // gaf/ng/keheh
																				// → kaf
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
