package org.iblagh.intake.submission;

import java.util.List;

import org.iblagh.support.web.ApiException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The description's bounds count characters as a reader does (code points): an emoji is
 * one character at both ends of the range, not two at the upper one.
 */
class SubmissionValidatorTest {

	private static final String EMOJI = "\uD83D\uDEA8";

	@Test
	void theLongestDescriptionCountsEmojiAsOneCharacter() {
		assertThat(descriptionProblems(EMOJI.repeat(SubmissionValidator.MAX_DESCRIPTION))).isEmpty();
		assertThat(descriptionProblems(EMOJI.repeat(SubmissionValidator.MAX_DESCRIPTION + 1))).singleElement()
			.satisfies((p) -> assertThat(p.code()).isEqualTo("TOO_LONG"));
		assertThat(descriptionProblems("x".repeat(SubmissionValidator.MAX_DESCRIPTION + 1))).singleElement()
			.satisfies((p) -> assertThat(p.code()).isEqualTo("TOO_LONG"));
	}

	@Test
	void theShortestDescriptionCountsEmojiAsOneCharacter() {
		assertThat(descriptionProblems(EMOJI.repeat(SubmissionValidator.MIN_DESCRIPTION - 1))).singleElement()
			.satisfies((p) -> assertThat(p.code()).isEqualTo("TOO_SHORT"));
		assertThat(descriptionProblems(EMOJI.repeat(SubmissionValidator.MIN_DESCRIPTION))).isEmpty();
	}

	private static List<FieldProblem> descriptionProblems(String description) {
		SubmitReportRequest request = new SubmitReportRequest("ONLINE_FRAUD", description, "ar", null, List.of(),
				List.of(), null, true, null, true);
		return SubmissionValidator.validate(request).stream().filter((p) -> p.field().equals("description")).toList();
	}

}
