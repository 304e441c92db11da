package org.iblagh.support.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.iblagh.contracts.CloudEventHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusEventFilterTest {

	@Test
	void dropsStatusesTheServiceDoesNotActOn() {
		StatusEventFilter retention = new StatusEventFilter(Set.of("DISMISSED", "CLOSED"), null);
		assertThat(retention.filter(record("/iblagh/triage-service", "UNDER_REVIEW"))).isTrue();
		assertThat(retention.filter(record("/iblagh/triage-service", "DISMISSED"))).isFalse();
		assertThat(retention.filter(record("/iblagh/notification-service", "CLOSED"))).isFalse();
	}

	@Test
	void dropsTheServicesOwnEventsOnly() {
		StatusEventFilter triage = new StatusEventFilter(Set.of(), "/iblagh/triage-service");
		assertThat(triage.filter(record("/iblagh/triage-service", "REFERRED"))).isTrue();
		assertThat(triage.filter(record("/iblagh/routing-service", "ROUTED"))).isFalse();
	}

	@Test
	void handsOnEventsWithoutHeadersSoTheConsumerJudgesThem() {
		StatusEventFilter retention = new StatusEventFilter(Set.of("DISMISSED"), "/iblagh/evidence-service");
		ConsumerRecord<Object, Object> poison = new ConsumerRecord<>("report.status.v1", 0, 0, null,
				"not json".getBytes(StandardCharsets.UTF_8));
		assertThat(retention.filter(poison)).isFalse();
	}

	@Test
	void filtersNothingWhenNotConfigured() {
		StatusEventFilter none = new StatusEventFilter(Set.of(), null);
		assertThat(none.filtersAnything()).isFalse();
		assertThat(none.filter(record("/iblagh/intake-service", "SUBMITTED"))).isFalse();
	}

	private static ConsumerRecord<Object, Object> record(String source, String status) {
		ConsumerRecord<Object, Object> record = new ConsumerRecord<>("report.status.v1", 0, 0, "R-1", new byte[0]);
		record.headers().add(CloudEventHeaders.SOURCE, source.getBytes(StandardCharsets.UTF_8));
		record.headers().add(CloudEventHeaders.REPORT_STATUS, status.getBytes(StandardCharsets.UTF_8));
		return record;
	}

}
