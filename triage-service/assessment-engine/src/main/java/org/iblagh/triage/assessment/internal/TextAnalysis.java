package org.iblagh.triage.assessment.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.iblagh.contracts.Category;

/**
 * What the lexicons found in one description.
 */
public record TextAnalysis(List<Token> tokens, LanguageGuess language, Map<Category, List<TermMatch>> categoryMatches,
		EnumMap<Factor, List<TermMatch>> factorMatches) {

	public boolean has(Factor factor) {
		if (factor == Factor.DANGER_TO_LIFE && armedPresence()) {
			return true;
		}
		return found(factor);
	}

	/**
	 * Someone with a weapon at the reporter's door or waiting for them, whatever the
	 * words of the threat: a danger to life. A place alone ("devant chez moi", weight 2)
	 * is also where a seller hands over a kitchen knife, so it needs a threat word or a
	 * time (now, tonight); someone said to be there or waiting (weight 3) is enough.
	 */
	public boolean armedPresence() {
		if (!found(Factor.WEAPON) || !found(Factor.PRESENCE)) {
			return false;
		}
		int presence = 0;
		for (TermMatch match : this.factorMatches.get(Factor.PRESENCE)) {
			presence = Math.max(presence, match.effectiveWeight());
		}
		return presence >= 3 || found(Factor.IMMINENT) || score(Category.HARASSMENT_THREATS) > 0;
	}

	private boolean found(Factor factor) {
		List<TermMatch> matches = this.factorMatches.get(factor);
		if (matches == null) {
			return false;
		}
		for (TermMatch match : matches) {
			if (!match.negated()) {
				return true;
			}
		}
		return false;
	}

	public int score(Category category) {
		int score = 0;
		for (TermMatch match : this.categoryMatches.getOrDefault(category, List.of())) {
			score += match.effectiveWeight();
		}
		return score;
	}

}
