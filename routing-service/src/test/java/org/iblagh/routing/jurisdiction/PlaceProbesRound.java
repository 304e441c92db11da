package org.iblagh.routing.jurisdiction;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A round of unseen places from session 10 on: a file split into a dev part (fixed on)
 * and a holdout part (measured once with the fixes frozen), each with a floor on the rate
 * answered as the data says and a ceiling on confidently wrong answers. A round is a
 * subclass that gives its file and its figures.
 */
abstract class PlaceProbesRound {

	private final String file;

	private final double devRate;

	private final int devMaxWrong;

	private final double holdoutRate;

	private final int holdoutMaxWrong;

	PlaceProbesRound(String file, double devRate, int devMaxWrong, double holdoutRate, int holdoutMaxWrong) {
		this.file = file;
		this.devRate = devRate;
		this.devMaxWrong = devMaxWrong;
		this.holdoutRate = holdoutRate;
		this.holdoutMaxWrong = holdoutMaxWrong;
	}

	@Test
	void theSetIsLargeAndSplit() throws IOException {
		PlaceProbesSecondRoundTest.Section section = PlaceProbesSecondRoundTest.probes(this.file);
		assertThat(section.dev().size() + section.holdout().size()).isGreaterThanOrEqualTo(200);
		assertThat(section.holdout().size()).isGreaterThanOrEqualTo(section.dev().size() / 3);
	}

	@Test
	void theDevPartResolvesAsTheData() throws IOException {
		PlaceProbesSecondRoundTest.assertRate(PlaceProbesSecondRoundTest.probes(this.file).dev(), this.devRate,
				this.devMaxWrong, "dev");
	}

	@Test
	void theHoldoutPartResolvesAsTheData() throws IOException {
		PlaceProbesSecondRoundTest.assertRate(PlaceProbesSecondRoundTest.probes(this.file).holdout(), this.holdoutRate,
				this.holdoutMaxWrong, "holdout");
	}

}
