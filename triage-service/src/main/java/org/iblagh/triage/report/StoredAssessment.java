package org.iblagh.triage.report;

import java.util.List;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.Indicator;
import org.iblagh.contracts.Priority;
import org.iblagh.contracts.SuggestedOffence;
import org.iblagh.triage.assessment.Assessment;
import org.iblagh.triage.assessment.ExplanationItem;

/**
 * The engine's assessment as stored with the report (the due time is kept as an instant
 * on the report itself).
 *
 * @param relatedReports how many related reports the engine was told about
 * @param campaign whether the engine was told the report belongs to a campaign
 */
public record StoredAssessment(Category category, double categoryConfidence, Priority priority, int score,
		String language, List<ExplanationItem> explanation, List<Indicator> indicators,
		List<SuggestedOffence> suggestedOffences, String summary, int relatedReports, boolean campaign) {

	public StoredAssessment {
		explanation = (explanation != null) ? List.copyOf(explanation) : List.of();
		indicators = (indicators != null) ? List.copyOf(indicators) : List.of();
		suggestedOffences = (suggestedOffences != null) ? List.copyOf(suggestedOffences) : List.of();
	}

	public static StoredAssessment of(Assessment a, int relatedReports, boolean campaign) {
		return new StoredAssessment(a.category(), a.categoryConfidence(), a.priority(), a.score(), a.language(),
				a.explanation(), a.indicators(), a.suggestedOffences(), a.summary(), relatedReports, campaign);
	}

}
