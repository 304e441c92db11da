package org.iblagh.triage.assessment.evaluation;

import org.iblagh.triage.assessment.Assessment;
import org.iblagh.triage.assessment.AssessmentEngine;
import org.iblagh.triage.assessment.ReportInput;

/**
 * Prints the full assessment of each argument, for lexicon work.
 */
public final class ExplainReport {

	private ExplainReport() {
	}

	public static void main(String[] args) {
		AssessmentEngine engine = AssessmentEngine.withDefaults();
		for (String text : args) {
			Assessment a = engine.assess(ReportInput.ofDescription(text));
			System.out.printf("%s %.2f %s score=%d lang=%s%n", a.category(), a.categoryConfidence(), a.priority(),
					a.score(), a.language());
			a.explanation().forEach((e) -> System.out.printf("  %-34s %3d  %s%n", e.rule(), e.weight(), e.detail()));
			a.indicators().forEach((i) -> System.out.println("  indicator " + i));
			System.out.println("  summary: " + a.summary());
		}
	}

}
