package org.iblagh.triage.assessment.internal;

/**
 * One normalised word. {@code stems} are the forms tried against the lexicon: for Arabic
 * the word with its clitics and Darija verb prefixes removed, for Latin the word itself;
 * {@code arabiziKey} is the consonant skeleton of a Latin word.
 */
public record Token(String text, Script script, String[] stems, String arabiziKey, boolean hasArabiziDigit) {

	public int number() {
		if (this.script != Script.NUMBER || this.text.length() > 3) {
			return -1;
		}
		return Integer.parseInt(this.text);
	}

}
