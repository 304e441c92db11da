package org.iblagh.support.messaging;

import java.nio.charset.StandardCharsets;

import org.iblagh.contracts.ReportStatusChanged;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A malformed event's error is logged and travels with the dead letter: it says where the
 * event is wrong, never what it held.
 */
class EventCodecTest {

	private static final String PRIVATE = "Karim Alaoui CIN BK123456";

	private final EventCodec codec = new EventCodec();

	@Test
	void aValueOfTheWrongTypeIsNamedByItsPathNotQuoted() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.codec.decode(
					bytes("{\"eventId\":\"e-1\",\"reportId\":\"R-1\",\"occurredAt\":\"" + PRIVATE + "\"}"),
					ReportStatusChanged.class))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("ReportStatusChanged", "occurredAt")
				.doesNotContain("Karim", "BK123456"))
			.withNoCause();
	}

	@Test
	void anEventWithoutItsIdsIsRefusedWithoutQuotingItsBody() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.codec.decode(bytes("{\"reportId\":\"R-1\",\"source\":\"" + PRIVATE + "\"}"),
					ReportStatusChanged.class))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("without eventId or reportId")
				.doesNotContain("Karim"));
	}

	@Test
	void aBrokenDocumentIsRefusedWithoutQuotingIt() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.codec.decode(bytes("{\"eventId\":\"" + PRIVATE), ReportStatusChanged.class))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("Karim"));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
