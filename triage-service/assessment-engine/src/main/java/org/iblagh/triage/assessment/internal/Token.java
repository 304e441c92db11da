package org.iblagh.triage.assessment.internal;

/**
 * One normalised word. {@code stems} are the forms tried against the lexicon: for Arabic
 * the word with its clitics and Darija verb prefixes removed, for Latin the word itself;
 * {@code arabiziKey} is the consonant skeleton of a Latin word. {@code bare} and
 * {@code bareKey} are a Latin word without the Darija article written onto it
 * ({@code l7chich}, {@code lbirra}, {@code lflous}), or {@code null}.
 */
public record Token(String text, Script script, String[] stems, String arabiziKey, boolean hasArabiziDigit, String bare,
		String bareKey) {

	public Token(String text, Script script, String[] stems, String arabiziKey, boolean hasArabiziDigit) {
		this(text, script, stems, arabiziKey, hasArabiziDigit, null, null);
	}

	public int number() {
		if (this.script != Script.NUMBER || this.text.length() > 3) {
			return -1;
		}
		return Integer.parseInt(this.text);
	}

}
