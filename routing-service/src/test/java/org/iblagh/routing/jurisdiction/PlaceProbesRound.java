package org.iblagh.routing.jurisdiction;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A round of unseen places from session 10 on: a file split into a dev part (fixed on)
 * and a holdout part (measured once with the fixes frozen), each with a floor on the rate
 * answered as the data says and a ceiling on confidently wrong answers. A round is a
 * subclass that names its file and its figures.
 */
abstract class PlaceProbesRound {

	abstract String file();

	abstract double devRate();

	abstract int devMaxWrong();

	abstract double holdoutRate();

	abstract int holdoutMaxWrong();

	@Test
	void theSetIsLargeAndSplit() throws IOException {
		PlaceProbesSecondRoundTest.Section section = PlaceProbesSecondRoundTest.probes(file());
		assertThat(section.dev().size() + section.holdout().size()).isGreaterThanOrEqualTo(200);
		assertThat(section.holdout().size()).isGreaterThanOrEqualTo(section.dev().size() / 3);
	}

	@Test
	void theDevPartResolvesAsTheData() throws IOException {
		PlaceProbesSecondRoundTest.assertRate(PlaceProbesSecondRoundTest.probes(file()).dev(), devRate(), devMaxWrong(),
				"dev");
	}

	@Test
	void theHoldoutPartResolvesAsTheData() throws IOException {
		PlaceProbesSecondRoundTest.assertRate(PlaceProbesSecondRoundTest.probes(file()).holdout(), holdoutRate(),
				holdoutMaxWrong(), "holdout");
	}

}
