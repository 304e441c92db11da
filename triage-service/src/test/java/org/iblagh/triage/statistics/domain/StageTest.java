package org.iblagh.triage.statistics.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StageTest {

	@Test
	void aReportOnlyUnderReviewIsReceived() {
		assertThat(Stage.reached(List.of("UNDER_REVIEW", "INFO_REQUESTED", "UNDER_REVIEW"), false))
			.containsExactly(Stage.RECEIVED);
	}

	@Test
	void aDismissedReportIsTriagedButNotReferred() {
		assertThat(Stage.reached(List.of("UNDER_REVIEW", "DISMISSED"), false)).containsExactly(Stage.RECEIVED,
				Stage.TRIAGED);
	}

	@Test
	void aReferralSentBackForItsPlaceStillCountsOnce() {
		assertThat(Stage.reached(List.of("UNDER_REVIEW", "REFERRED", "PLACE_NEEDED", "REFERRED", "ROUTED"), false))
			.containsExactly(Stage.RECEIVED, Stage.TRIAGED, Stage.REFERRED);
	}

	@Test
	void anOfficesAnswerImpliesEveryEarlierStage() {
		assertThat(Stage.reached(List.of("UNDER_REVIEW", "INSTRUCTED"), false)).containsExactly(Stage.values());
		assertThat(Stage.reached(List.of("UNDER_REVIEW"), true)).containsExactly(Stage.values());
		assertThat(Stage.ACKNOWLEDGED.key()).isEqualTo("acknowledged");
	}

}
