package org.iblagh.triage.assessment.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.iblagh.contracts.Category;
import org.iblagh.triage.assessment.AssessmentEngine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusAccuracyTest {

	private static final AssessmentEngine ENGINE = AssessmentEngine.withDefaults();

	@Test
	void corpusCoversEveryCategoryAndLanguageForm() {
		List<LabelledReport> all = Corpus.all();
		assertThat(all).hasSizeGreaterThanOrEqualTo(200);
		assertThat(all.stream().map(LabelledReport::expectedCategory).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(Arrays.asList(Category.values()));
		assertThat(all.stream().map(LabelledReport::languageForm).collect(Collectors.toSet()))
			.containsAll(Set.of("ar", "ary", "ary-latn", "fr", "en", "es", "mixed"));
		assertThat(Corpus.load(Corpus.HOLDOUT)).hasSizeGreaterThanOrEqualTo(all.size() / 5);
	}

	@Test
	void wholeCorpusMeetsTheTargets() {
		CorpusEvaluation result = CorpusEvaluation.run(ENGINE, Corpus.all());
		assertThat(result.categoryAccuracy()).as(result.report("whole corpus", true) + result.errors())
			.isGreaterThanOrEqualTo(0.92);
		assertThat(result.p1Recall()).as(String.join("\n", result.errors())).isEqualTo(1.0);
	}

	/**
	 * Reports written by a second author after the lexicons, in every category and
	 * language form, with typos, capitals and code-switching; they found the defects
	 * fixed since, so they guard against their return.
	 */
	@Test
	void probeReportsStayFixed() {
		CorpusEvaluation result = CorpusEvaluation.run(ENGINE, Corpus.load(Corpus.PROBE_DEV));
		assertThat(result.categoryAccuracy()).as(result.report("probe reports", false) + result.errors())
			.isGreaterThanOrEqualTo(0.95);
		assertThat(result.p1Recall()).as(String.join("\n", result.errors())).isGreaterThanOrEqualTo(0.9);
	}

	/**
	 * Held-out probe reports: how the engine does on reports nobody tuned it on. The
	 * floor leaves room for honest lexicon changes elsewhere; a change that loses more
	 * than a couple of these, or any urgent one, generalises worse.
	 */
	@Test
	void heldOutProbeReportsMeetTheTargets() {
		CorpusEvaluation result = CorpusEvaluation.run(ENGINE, Corpus.load(Corpus.PROBE_HOLDOUT));
		assertThat(result.categoryAccuracy()).as(result.report("probe held-out reports", false))
			.isGreaterThanOrEqualTo(0.85);
		assertThat(result.p1Recall()).as(result.report("probe held-out reports", false)).isEqualTo(1.0);
	}

	/**
	 * The second round of probe reports (session 9): 96.7 % category, 95.9 % priority and
	 * every P1 found when their fixes were made.
	 */
	@Test
	void secondRoundProbeReportsStayFixed() {
		CorpusEvaluation result = CorpusEvaluation.run(ENGINE, Corpus.load(Corpus.PROBE2_DEV));
		assertThat(result.categoryAccuracy()).as(result.report("second-round probe reports", false) + result.errors())
			.isGreaterThanOrEqualTo(0.95);
		assertThat(result.priorityAccuracy()).as(result.report("second-round probe reports", false))
			.isGreaterThanOrEqualTo(0.93);
		assertThat(result.p1Recall()).as(String.join("\n", result.errors())).isGreaterThanOrEqualTo(0.9);
	}

	/**
	 * The held-out second round, run once after those fixes: 83.3 % category, 76.7 %
	 * priority, 2 of 3 P1 found (the missed one, a gun and "you won't see tomorrow", was
	 * left as found). The floors sit just below, so a change that loses more than one of
	 * these generalises worse.
	 */
	@Test
	void heldOutSecondRoundProbeReportsMeetTheirFloor() {
		CorpusEvaluation result = CorpusEvaluation.run(ENGINE, Corpus.load(Corpus.PROBE2_HOLDOUT));
		assertThat(result.categoryAccuracy()).as(result.report("second-round held-out probe reports", false))
			.isGreaterThanOrEqualTo(0.81);
		assertThat(result.priorityAccuracy()).as(result.report("second-round held-out probe reports", false))
			.isGreaterThanOrEqualTo(0.73);
		assertThat(result.p1Recall()).as(result.report("second-round held-out probe reports", false))
			.isGreaterThanOrEqualTo(0.66);
	}

	/**
	 * Threats to people (session 9, threats round): imminent armed presence, kidnapping,
	 * death threats written with a noun or an idiom, with negative controls. 96.2 %
	 * category, 96.2 % priority and every P1 (21 of 21) when the families were added; the
	 * two misses are negative controls ("I will kill you" in a game, "I'm not threatening
	 * anyone").
	 */
	@Test
	void threatsToPeopleAreFound() {
		CorpusEvaluation result = CorpusEvaluation.run(ENGINE, Corpus.load(Corpus.PROBE3_THREATS));
		assertThat(result.categoryAccuracy()).as(result.report("threats to people", false) + result.errors())
			.isGreaterThanOrEqualTo(0.94);
		assertThat(result.priorityAccuracy()).as(result.report("threats to people", false) + result.errors())
			.isGreaterThanOrEqualTo(0.94);
		assertThat(result.p1Recall()).as(String.join("\n", result.errors())).isGreaterThanOrEqualTo(0.95);
	}

}
