package org.iblagh.triage.assessment.evaluation;

import java.util.List;

import org.iblagh.triage.assessment.AssessmentEngine;

/**
 * Prints accuracy, P1 recall and a confusion matrix for the dev split, the held-out split
 * and the whole corpus. Misclassified reports are listed for the dev split only: the
 * held-out split stays unseen, so its figure estimates accuracy on new reports. Run with
 * {@code ./mvnw -B -q -pl triage-service/assessment-engine test-compile exec:java
 * -Dexec.classpathScope=test
 * -Dexec.mainClass=org.iblagh.triage.assessment.evaluation.EvaluateCorpus}.
 */
public final class EvaluateCorpus {

	private EvaluateCorpus() {
	}

	public static void main(String[] args) {
		AssessmentEngine engine = AssessmentEngine.withDefaults();
		List<LabelledReport> dev = Corpus.load(Corpus.DEV);
		List<LabelledReport> holdout = Corpus.load(Corpus.HOLDOUT);
		CorpusEvaluation devResult = CorpusEvaluation.run(engine, dev);
		System.out.println(devResult.report("dev split", false));
		devResult.errors().forEach((e) -> System.out.println("  " + e));
		System.out.println();
		System.out.println(CorpusEvaluation.run(engine, holdout).report("held-out split (never tuned on)", false));
		System.out.println(CorpusEvaluation.run(engine, Corpus.all()).report("whole corpus", true));
		CorpusEvaluation probes = CorpusEvaluation.run(engine, Corpus.load(Corpus.PROBE_DEV));
		System.out.println(probes.report("probe reports (used while fixing)", false));
		probes.errors().forEach((e) -> System.out.println("  " + e));
		System.out.println();
		System.out.println(CorpusEvaluation.run(engine, Corpus.load(Corpus.PROBE_HOLDOUT))
			.report("probe held-out reports (not tuned on)", false));
		CorpusEvaluation probes2 = CorpusEvaluation.run(engine, Corpus.load(Corpus.PROBE2_DEV));
		System.out.println(probes2.report("second-round probe reports (used while fixing)", false));
		probes2.errors().forEach((e) -> System.out.println("  " + e));
		System.out.println();
		System.out.println(CorpusEvaluation.run(engine, Corpus.load(Corpus.PROBE2_HOLDOUT))
			.report("second-round probe held-out reports (not tuned on)", false));
		CorpusEvaluation threats = CorpusEvaluation.run(engine, Corpus.load(Corpus.PROBE3_THREATS));
		System.out.println(threats.report("threats to people (session 9, threats round)", false));
		threats.errors().forEach((e) -> System.out.println("  " + e));
		System.out.println();
		CorpusEvaluation probes4 = CorpusEvaluation.run(engine, Corpus.load(Corpus.PROBE4_DEV));
		System.out.println(probes4.report("fourth-round probe reports (used while fixing)", false));
		probes4.errors().forEach((e) -> System.out.println("  " + e));
		System.out.println();
		if (Boolean.getBoolean("iblagh.probe4.holdout")) {
			// totals only: the held-out reports stay unseen
			System.out.println(CorpusEvaluation.run(engine, Corpus.load(Corpus.PROBE4_HOLDOUT))
				.report("fourth-round probe held-out reports (not tuned on)", false));
		}
		CorpusEvaluation probes5 = CorpusEvaluation.run(engine, Corpus.load(Corpus.PROBE5_DEV));
		System.out.println(probes5.report("fifth-round probe reports (used while fixing)", false));
		probes5.errors().forEach((e) -> System.out.println("  " + e));
		System.out.println();
		if (Boolean.getBoolean("iblagh.probe5.holdout")) {
			// totals only: the held-out reports stay unseen
			System.out.println(CorpusEvaluation.run(engine, Corpus.load(Corpus.PROBE5_HOLDOUT))
				.report("fifth-round probe held-out reports (not tuned on)", false));
		}
	}

}
