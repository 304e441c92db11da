package org.iblagh.triage.assessment.internal;

import java.util.Set;

/**
 * How one word of a lexicon term matches one token.
 */
record TermPattern(Kind kind, String text, Mode mode) {

	enum Kind {

		/** An Arabic-script word, tried against every stem of an Arabic token. */
		ARABIC,
		/**
		 * An Arabic-script word compared with the token as written, prefixes included:
		 * the Darija يتقتلو (let them be killed) and not كيتقتلو (they are being killed).
		 */
		ARABIC_WORD,
		/** A French, English or Spanish word, tried against a Latin token. */
		LATIN,
		/** A Darija word in Latin letters, compared by consonant skeleton. */
		ARABIZI,
		/** A literal number. */
		NUMBER,
		/** Any number from 1 to 17: an age that makes a person a minor. */
		MINOR_AGE,
		/**
		 * A sum of money: a currency (dh, euros, درهم), a number glued to one (500dh), or
		 * a number of three digits or more (the 000 of "40 000", the 800 of "9,800").
		 */
		AMOUNT

	}

	enum Mode {

		EXACT, PREFIX, CONTAINS

	}

	boolean matches(Token token) {
		return switch (this.kind) {
			case ARABIC -> token.script() == Script.ARABIC && matchesAnyStem(token.stems());
			case ARABIC_WORD -> token.script() == Script.ARABIC && matchesText(token.text());
			case LATIN -> token.script() == Script.LATIN
					&& (matchesText(token.text()) || (token.bare() != null && matchesText(token.bare())));
			case ARABIZI -> token.script() == Script.LATIN
					&& (matchesText(token.arabiziKey()) || (token.bareKey() != null && matchesText(token.bareKey())));
			case NUMBER -> token.script() == Script.NUMBER && token.text().equals(this.text);
			case MINOR_AGE -> {
				int n = token.number();
				yield n >= 1 && n <= 17;
			}
			case AMOUNT -> isAmount(token);
		};
	}

	private static final Set<String> CURRENCIES = Set.of("dh", "dhs", "mad", "dirham", "dirhams", "euro", "euros",
			"eur", "usd", "usdt", "dollars", "dolares", "درهم", "دراهم", "الدرهم", "ريال", "اورو", "يورو", "دولار");

	private static boolean isAmount(Token token) {
		String text = token.text();
		if (token.script() == Script.NUMBER) {
			return text.length() >= 3;
		}
		if (CURRENCIES.contains(text)) {
			return true;
		}
		int digits = 0;
		while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
			digits++;
		}
		return digits >= 2 && CURRENCIES.contains(text.substring(digits));
	}

	private boolean matchesAnyStem(String[] stems) {
		for (String stem : stems) {
			if (matchesText(stem)) {
				return true;
			}
		}
		return false;
	}

	private boolean matchesText(String candidate) {
		return switch (this.mode) {
			case EXACT -> candidate.equals(this.text);
			case PREFIX -> candidate.startsWith(this.text);
			case CONTAINS -> candidate.contains(this.text);
		};
	}

}
