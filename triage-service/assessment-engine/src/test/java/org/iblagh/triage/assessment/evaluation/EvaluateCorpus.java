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
		show(engine, Corpus.DEV, "dev split", Misses.PRINTED);
		show(engine, Corpus.HOLDOUT, "held-out split (never tuned on)", Misses.HIDDEN);
		System.out.println(CorpusEvaluation.run(engine, Corpus.all()).report("whole corpus", true));
		show(engine, Corpus.PROBE_DEV, "probe reports (used while fixing)", Misses.PRINTED);
		show(engine, Corpus.PROBE_HOLDOUT, "probe held-out reports (not tuned on)", Misses.HIDDEN);
		show(engine, Corpus.PROBE2_DEV, "second-round probe reports (used while fixing)", Misses.PRINTED);
		show(engine, Corpus.PROBE2_HOLDOUT, "second-round probe held-out reports (not tuned on)", Misses.HIDDEN);
		show(engine, Corpus.PROBE3_THREATS, "threats to people (session 9, threats round)", Misses.PRINTED);
		show(engine, Corpus.PROBE4_DEV, "fourth-round probe reports (used while fixing)", Misses.PRINTED);
		show(engine, Corpus.PROBE4_HOLDOUT, "fourth-round probe held-out reports (seen in session 11)", Misses.PRINTED);
		show(engine, Corpus.PROBE5_DEV, "fifth-round probe reports (used while fixing)", Misses.PRINTED);
		if (Boolean.getBoolean("iblagh.probe5.holdout")) {
			show(engine, Corpus.PROBE5_HOLDOUT, "fifth-round probe held-out reports (not tuned on)", Misses.HIDDEN);
		}
		for (String blind : List.of(Corpus.BLIND1, Corpus.BLIND2, Corpus.BLIND3, Corpus.BLIND4, Corpus.BLIND5)) {
			show(engine, blind, "independent blind set " + blind + " (seen since session 11)", Misses.PRINTED);
		}
		// never read: measure a round on it before looking at its misses
		show(engine, Corpus.BLIND6, "independent blind set blind6 (unread)", Misses.HIDDEN);
	}

	/**
	 * Misses are printed for the files fixes may be made from; a held-out file shows
	 * totals only.
	 */
	private enum Misses {

		PRINTED, HIDDEN

	}

	private static void show(AssessmentEngine engine, String corpus, String title, Misses misses) {
		CorpusEvaluation result = CorpusEvaluation.run(engine, Corpus.load(corpus));
		System.out.println(result.report(title, false));
		if (misses == Misses.PRINTED) {
			result.errors().forEach((e) -> System.out.println("  " + e));
			System.out.println();
		}
	}

}
