package org.iblagh.support.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The mapper every service builds, with {@link StrictJsonTypes}: scalars of the wrong
 * type are refused, and the 400's detail names the field and the type, not the value.
 */
class StrictJsonTypesTest {

	enum Decision {

		OPEN_INVESTIGATION, NO_FURTHER_ACTION

	}

	record Answer(String text, boolean forReporter, Integer count, Decision decision, List<String> tags) {
	}

	private final JsonMapper json = strictMapper();

	@Test
	void valuesOfTheDeclaredTypesAreRead() {
		Answer answer = this.json.readValue(
				"{\"text\":\"Saisir la BNPJ\",\"forReporter\":true,\"count\":3,\"decision\":\"NO_FURTHER_ACTION\","
						+ "\"tags\":[\"a\"]}",
				Answer.class);
		assertThat(answer).isEqualTo(new Answer("Saisir la BNPJ", true, 3, Decision.NO_FURTHER_ACTION, List.of("a")));
	}

	@Test
	void aNumberOrABooleanIsNotText() {
		assertThat(detail("{\"text\":12}")).isEqualTo("Field 'text' must be text.");
		assertThat(detail("{\"text\":true}")).isEqualTo("Field 'text' must be text.");
		assertThat(detail("{\"tags\":[\"a\",1.5]}")).isEqualTo("Field 'tags[1]' must be text.");
	}

	@Test
	void textIsNotANumberOrABoolean() {
		assertThat(detail("{\"forReporter\":\"yes\"}")).isEqualTo("Field 'forReporter' must be true or false.");
		assertThat(detail("{\"count\":\"3\"}")).isEqualTo("Field 'count' must be a number.");
	}

	@Test
	void anUnknownEnumValueListsTheAllowedOnesAndNeverEchoesTheInput() {
		String detail = detail("{\"decision\":\"<script>alert(1)</script>\"}");
		assertThat(detail).isEqualTo("Field 'decision' must be one of [OPEN_INVESTIGATION, NO_FURTHER_ACTION].");
		assertThat(detail).doesNotContain("script");
	}

	private String detail(String body) {
		MismatchedInputException mismatch = catchThrowableOfType(MismatchedInputException.class,
				() -> this.json.readValue(body, Answer.class));
		assertThat(mismatch).as("refused: " + body).isNotNull();
		return ProblemHandler.malformedDetail(
				new HttpMessageNotReadableException("unreadable", mismatch, new MockHttpInputMessage(new byte[0])));
	}

	private static JsonMapper strictMapper() {
		JsonMapper.Builder builder = JsonMapper.builder();
		new StrictJsonTypes().customize(builder);
		return builder.build();
	}

}
