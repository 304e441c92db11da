package org.iblagh.triage.assessment.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.Priority;
import org.iblagh.triage.assessment.Assessment;
import org.iblagh.triage.assessment.AssessmentEngine;

/**
 * The figures of one run of the engine over labelled reports.
 */
public final class CorpusEvaluation {

	private final int total;

	private final int categoryCorrect;

	private final int priorityCorrect;

	private final int p1Expected;

	private final int p1Found;

	private final int p1Predicted;

	private final int languageChecked;

	private final int languageCorrect;

	private final Map<Category, Map<Category, Integer>> confusion;

	private final List<String> errors;

	private CorpusEvaluation(int total, int categoryCorrect, int priorityCorrect, int p1Expected, int p1Found,
			int p1Predicted, int languageChecked, int languageCorrect, Map<Category, Map<Category, Integer>> confusion,
			List<String> errors) {
		this.total = total;
		this.categoryCorrect = categoryCorrect;
		this.priorityCorrect = priorityCorrect;
		this.p1Expected = p1Expected;
		this.p1Found = p1Found;
		this.p1Predicted = p1Predicted;
		this.languageChecked = languageChecked;
		this.languageCorrect = languageCorrect;
		this.confusion = confusion;
		this.errors = errors;
	}

	public static CorpusEvaluation run(AssessmentEngine engine, List<LabelledReport> reports) {
		int categoryCorrect = 0;
		int priorityCorrect = 0;
		int p1Expected = 0;
		int p1Found = 0;
		int p1Predicted = 0;
		int languageChecked = 0;
		int languageCorrect = 0;
		Map<Category, Map<Category, Integer>> confusion = new EnumMap<>(Category.class);
		List<String> errors = new ArrayList<>();
		for (LabelledReport report : reports) {
			Assessment assessment = engine.assess(report.toInput());
			boolean categoryOk = assessment.category() == report.expectedCategory();
			categoryCorrect += categoryOk ? 1 : 0;
			priorityCorrect += (assessment.priority() == report.expectedPriority()) ? 1 : 0;
			if (report.expectedPriority() == Priority.P1) {
				p1Expected++;
				p1Found += (assessment.priority() == Priority.P1) ? 1 : 0;
			}
			p1Predicted += (assessment.priority() == Priority.P1) ? 1 : 0;
			if (!report.languageForm().equals("mixed")) {
				languageChecked++;
				languageCorrect += report.languageForm().equals(assessment.language()) ? 1 : 0;
			}
			confusion.computeIfAbsent(report.expectedCategory(), (k) -> new EnumMap<>(Category.class))
				.merge(assessment.category(), 1, Integer::sum);
			boolean p1Missed = report.expectedPriority() == Priority.P1 && assessment.priority() != Priority.P1;
			if (!categoryOk || p1Missed) {
				errors.add(String.format("%s expected %s/%s got %s/%s (%.2f) lang %s: %s", report.split(),
						report.expectedCategory(), report.expectedPriority(), assessment.category(),
						assessment.priority(), assessment.categoryConfidence(), assessment.language(),
						report.description()));
			}
		}
		return new CorpusEvaluation(reports.size(), categoryCorrect, priorityCorrect, p1Expected, p1Found, p1Predicted,
				languageChecked, languageCorrect, confusion, errors);
	}

	public double categoryAccuracy() {
		return ratio(this.categoryCorrect, this.total);
	}

	public double priorityAccuracy() {
		return ratio(this.priorityCorrect, this.total);
	}

	public double p1Recall() {
		return ratio(this.p1Found, this.p1Expected);
	}

	public double p1Precision() {
		return ratio(this.p1Found, this.p1Predicted);
	}

	public double languageAccuracy() {
		return ratio(this.languageCorrect, this.languageChecked);
	}

	public List<String> errors() {
		return this.errors;
	}

	public String report(String title, boolean withConfusion) {
		StringBuilder sb = new StringBuilder();
		sb.append(String.format("== %s: %d reports%n", title, this.total));
		sb.append(String.format("category accuracy  %.1f%% (%d/%d)%n", 100 * categoryAccuracy(), this.categoryCorrect,
				this.total));
		sb.append(String.format("priority accuracy  %.1f%% (%d/%d)%n", 100 * priorityAccuracy(), this.priorityCorrect,
				this.total));
		sb.append(String.format("P1 recall          %.1f%% (%d/%d), P1 precision %.1f%% (%d predicted)%n",
				100 * p1Recall(), this.p1Found, this.p1Expected, 100 * p1Precision(), this.p1Predicted));
		sb.append(String.format("language accuracy  %.1f%% (%d/%d, mixed texts excluded)%n", 100 * languageAccuracy(),
				this.languageCorrect, this.languageChecked));
		if (withConfusion) {
			sb.append(confusionMatrix());
		}
		return sb.toString();
	}

	private String confusionMatrix() {
		StringBuilder sb = new StringBuilder("confusion (rows expected, columns predicted):\n");
		sb.append(String.format("%-22s", ""));
		for (Category c : Category.values()) {
			sb.append(String.format("%5s", abbreviation(c)));
		}
		sb.append('\n');
		for (Category expected : Category.values()) {
			sb.append(String.format("%-22s", expected.name()));
			Map<Category, Integer> row = this.confusion.getOrDefault(expected, Map.of());
			for (Category predicted : Category.values()) {
				int n = row.getOrDefault(predicted, 0);
				sb.append(String.format("%5s", (n == 0) ? "." : Integer.toString(n)));
			}
			sb.append('\n');
		}
		return sb.toString();
	}

	private static String abbreviation(Category category) {
		String[] parts = category.name().split("_");
		return (parts.length == 1) ? parts[0].substring(0, 4) : parts[0].substring(0, 2) + parts[1].substring(0, 2);
	}

	private static double ratio(int a, int b) {
		return (b == 0) ? 1.0 : (double) a / b;
	}

}
