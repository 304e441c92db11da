package org.iblagh.triage.assessment;

import java.time.Duration;
import java.util.List;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.Indicator;
import org.iblagh.contracts.Priority;
import org.iblagh.contracts.SuggestedOffence;

/**
 * The automated assessment of one report: what it is about, how urgent it is, why, and
 * what identifiers it names. {@code score} is 0..100, the priority is derived from it.
 */
public record Assessment(Category category, double categoryConfidence, Priority priority, int score, String language,
		List<ExplanationItem> explanation, List<Indicator> indicators, List<SuggestedOffence> suggestedOffences,
		Duration dueIn, String summary) {

	public Assessment {
		explanation = List.copyOf(explanation);
		indicators = List.copyOf(indicators);
		suggestedOffences = List.copyOf(suggestedOffences);
	}

}
