package org.iblagh.routing.jurisdiction;

/**
 * The fourth round of unseen places ({@code place_probes_4.csv}, session 11): a known
 * name with a word that does not change it (centre, médina, "lbalia", commune, caïdat,
 * "près de"), and a different place that contains a known name (Ribat El Kheir, Bab Taza,
 * Souira Lqdima, Sidi Slimane Cherraa), first names, streets and roads, foreign states
 * and regions, douars and villages the data does not hold, colonial "rh", Arabizi without
 * vowels. Written before the resolver was run on them; the holdout part was measured once
 * before the changes (totals only) and once with the fixes frozen. Floors sit a little
 * under the measured rates (docs/benchmarks/routing.md, session 11).
 */
class PlaceProbesFourthRoundTest extends PlaceProbesRound {

	static final String FILE = "place_probes_4.csv";

	/** Dev part: 163/163 after the session 11 fixes (136/163, 18 wrong, before). */
	static final double DEV_RATE = 0.98;

	/** No confidently wrong answer is left in the dev part (18 before). */
	static final int DEV_MAX_WRONG = 0;

	/**
	 * Holdout: 80/83 measured once with the fixes frozen (72/83, 5 wrong, before); 81/83
	 * after one fix made after that measurement (a longer name no longer hides another
	 * place named in the text), so no longer an unseen measure.
	 */
	static final double HOLDOUT_RATE = 0.94;

	/** No confidently wrong answer in the holdout (5 before the changes). */
	static final int HOLDOUT_MAX_WRONG = 0;

	PlaceProbesFourthRoundTest() {
		super(FILE, DEV_RATE, DEV_MAX_WRONG, HOLDOUT_RATE, HOLDOUT_MAX_WRONG);
	}

}
