package org.iblagh.triage.assessment.evaluation;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.Priority;
import org.iblagh.triage.assessment.ReportInput;

/**
 * One line of the evaluation corpus: a report and what a human analyst decided.
 */
public record LabelledReport(String split, String description, Category declaredCategory, Category expectedCategory,
		Priority expectedPriority, String languageForm, int relatedReports, boolean campaign, boolean hashListMatch) {

	public ReportInput toInput() {
		return new ReportInput(this.description, this.declaredCategory, null, null, null, null, this.relatedReports,
				this.campaign, this.hashListMatch, null);
	}

}
