package org.iblagh.triage.assessment.internal;

/**
 * How one word of a lexicon term matches one token.
 */
record TermPattern(Kind kind, String text, Mode mode) {

	enum Kind {

		/** An Arabic-script word, tried against every stem of an Arabic token. */
		ARABIC,
		/** A French, English or Spanish word, tried against a Latin token. */
		LATIN,
		/** A Darija word in Latin letters, compared by consonant skeleton. */
		ARABIZI,
		/** A literal number. */
		NUMBER,
		/** Any number from 1 to 17: an age that makes a person a minor. */
		MINOR_AGE

	}

	enum Mode {

		EXACT, PREFIX, CONTAINS

	}

	boolean matches(Token token) {
		return switch (this.kind) {
			case ARABIC -> token.script() == Script.ARABIC && matchesAnyStem(token.stems());
			case LATIN -> token.script() == Script.LATIN
					&& (matchesText(token.text()) || (token.bare() != null && matchesText(token.bare())));
			case ARABIZI -> token.script() == Script.LATIN
					&& (matchesText(token.arabiziKey()) || (token.bareKey() != null && matchesText(token.bareKey())));
			case NUMBER -> token.script() == Script.NUMBER && token.text().equals(this.text);
			case MINOR_AGE -> {
				int n = token.number();
				yield n >= 1 && n <= 17;
			}
		};
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
