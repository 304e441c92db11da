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
