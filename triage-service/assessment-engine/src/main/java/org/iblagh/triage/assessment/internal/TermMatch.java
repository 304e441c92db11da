package org.iblagh.triage.assessment.internal;

/**
 * A term found in a text, from token {@code start} to {@code end} (exclusive);
 * {@code negatedBy} is the negation word before it, or null.
 */
public record TermMatch(Term term, int start, int end, String matchedText, String negatedBy) {

	public boolean negated() {
		return this.negatedBy != null;
	}

	public int effectiveWeight() {
		return negated() ? 0 : this.term.weight();
	}

}
