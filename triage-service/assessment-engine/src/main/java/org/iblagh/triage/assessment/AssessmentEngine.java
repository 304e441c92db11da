package org.iblagh.triage.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

import org.iblagh.contracts.Indicator;
import org.iblagh.triage.assessment.indicators.FoundIndicator;
import org.iblagh.triage.assessment.indicators.IndicatorExtractor;
import org.iblagh.triage.assessment.internal.CategoryClassifier;
import org.iblagh.triage.assessment.internal.CategoryDecision;
import org.iblagh.triage.assessment.internal.OffenceCatalog;
import org.iblagh.triage.assessment.internal.PriorityDecision;
import org.iblagh.triage.assessment.internal.PriorityRules;
import org.iblagh.triage.assessment.internal.Resources;
import org.iblagh.triage.assessment.internal.SummaryWriter;
import org.iblagh.triage.assessment.internal.TextAnalysis;
import org.iblagh.triage.assessment.internal.TextAnalyzer;

/**
 * Assesses a report: language, category with confidence, priority with a due time,
 * indicators, suggested offences and an explanation of every rule that fired. Lexicons
 * and rule weights are classpath resources under {@code org/iblagh/triage/assessment/}.
 * Thread-safe and immutable after construction; build one and share it.
 */
public final class AssessmentEngine {

	private final DuePolicy duePolicy;

	private final TextAnalyzer analyzer;

	private final CategoryClassifier classifier;

	private final PriorityRules priorityRules;

	private final IndicatorExtractor indicators;

	private final OffenceCatalog offences;

	private AssessmentEngine(DuePolicy duePolicy) {
		this.duePolicy = Objects.requireNonNull(duePolicy, "duePolicy");
		this.analyzer = TextAnalyzer.fromResources();
		this.classifier = new CategoryClassifier(Resources.properties("rules/classification.properties"));
		this.priorityRules = new PriorityRules(Resources.properties("rules/priority.properties"));
		this.indicators = new IndicatorExtractor();
		this.offences = OffenceCatalog.fromResources();
	}

	public static AssessmentEngine withDefaults() {
		return withDefaults(DuePolicy.defaults());
	}

	public static AssessmentEngine withDefaults(DuePolicy duePolicy) {
		return new AssessmentEngine(duePolicy);
	}

	public Assessment assess(ReportInput input) {
		List<ExplanationItem> explanation = new ArrayList<>();
		TextAnalysis analysis = this.analyzer.analyze(input.description(), input.declaredLanguage());
		String language = analysis.language().primary();
		explanation.add(new ExplanationItem("language", "detected " + analysis.language().describe(), 0));
		CategoryDecision category = this.classifier.classify(analysis, input.declaredCategory(), explanation);
		PriorityDecision priority = this.priorityRules.prioritise(category.category(), analysis, input.relatedReports(),
				input.campaign(), input.hashListMatch(), explanation);
		List<FoundIndicator> found = this.indicators.extract(input.description(), input.contentLocations(),
				input.suspectIdentifiers());
		List<Indicator> indicatorList = found.stream().map(FoundIndicator::toIndicator).toList();
		String summary = SummaryWriter.summarize(category.category(), priority.priority(), language, analysis, found,
				input.description());
		return new Assessment(category.category(), category.confidence(), priority.priority(), priority.score(),
				language, explanation, indicatorList, this.offences.suggest(category.category()),
				this.duePolicy.dueIn(priority.priority()), summary);
	}

}
