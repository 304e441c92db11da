package org.iblagh.triage.decision.domain;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.OffenceClass;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DecisionCommandTest {

	@Test
	void aReferralMayCorrectCategoryPlaceAndOffenceClass() {
		DecisionCommand command = DecisionCommand.parse("refer", "DRUGS", " Fès ", null, "crime", null, null);
		assertThat(command.action()).isEqualTo(DecisionCommand.Action.REFER);
		assertThat(command.category()).isEqualTo(Category.DRUGS);
		assertThat(command.place().city()).isEqualTo("Fès");
		assertThat(command.offenceClass()).isEqualTo(OffenceClass.CRIME);
	}

	@Test
	void aReferralWithoutCorrectionsKeepsTheCitizensPlace() {
		DecisionCommand command = DecisionCommand.parse("REFER", null, " ", "", null, null, null);
		assertThat(command.place()).isNull();
		assertThat(command.offenceClass()).isNull();
	}

	@Test
	void everyInvalidFieldIsReportedAtOnce() {
		assertThatExceptionOfType(InvalidDecisionException.class)
			.isThrownBy(() -> DecisionCommand.parse("ARCHIVE", "NOPE", "x".repeat(101), null, "FELONY", null, null))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(DecisionCommand.Problem::field)
				.containsExactlyInAnyOrder("action", "category", "offenceClass", "place.city"));
	}

	@Test
	void aQuestionNeedsATextAndADismissalAReason() {
		assertThatExceptionOfType(InvalidDecisionException.class)
			.isThrownBy(() -> DecisionCommand.parse("REQUEST_INFO", null, null, null, null, " ", null))
			.satisfies((ex) -> assertThat(ex.problems())
				.containsExactly(new DecisionCommand.Problem("message", "REQUIRED")));
		assertThatExceptionOfType(InvalidDecisionException.class)
			.isThrownBy(() -> DecisionCommand.parse("DISMISS", "DRUGS", null, null, null, null, null))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(DecisionCommand.Problem::field)
				.containsExactlyInAnyOrder("reason", "category"));
	}

}
