package org.iblagh.triage.assessment.internal;

/**
 * The detected language form: {@code primary} is ar (Modern Standard Arabic), ary (Darija
 * in Arabic script), ary-latn (Darija in Latin letters), fr, en, es or und;
 * {@code secondary} is set when the text mixes two forms; {@code arabizi} says whether
 * Darija-in-Latin lexicon entries should be tried.
 */
public record LanguageGuess(String primary, String secondary, boolean arabizi) {

	public boolean mixed() {
		return this.secondary != null;
	}

	public String describe() {
		return mixed() ? this.primary + "+" + this.secondary : this.primary;
	}

}
