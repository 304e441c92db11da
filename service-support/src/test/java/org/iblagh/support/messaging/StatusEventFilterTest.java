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
		StatusEventFilter retention = new StatusEventFilter(Set.of("DISMISSED", "CLOSED"), Set.of(), null);
		assertThat(retention.filter(record("/iblagh/triage-service", "UNDER_REVIEW"))).isTrue();
		assertThat(retention.filter(record("/iblagh/triage-service", "DISMISSED"))).isFalse();
		assertThat(retention.filter(record("/iblagh/notification-service", "CLOSED"))).isFalse();
	}

	@Test
	void dropsTheServicesOwnEventsOnly() {
		StatusEventFilter triage = new StatusEventFilter(Set.of(), Set.of(), "/iblagh/triage-service");
		assertThat(triage.filter(record("/iblagh/triage-service", "REFERRED"))).isTrue();
		assertThat(triage.filter(record("/iblagh/routing-service", "ROUTED"))).isFalse();
	}

	@Test
	void dropsSkippedStatusesAndKeepsEveryOther() {
		StatusEventFilter triage = new StatusEventFilter(Set.of(), Set.of("SUBMITTED", "EVIDENCE_SECURED"),
				"/iblagh/triage-service");
		assertThat(triage.filtersAnything()).isTrue();
		assertThat(triage.filter(record("/iblagh/intake-service", "SUBMITTED"))).isTrue();
		assertThat(triage.filter(record("/iblagh/evidence-service", "EVIDENCE_SECURED"))).isTrue();
		assertThat(triage.filter(record("/iblagh/routing-service", "ROUTED"))).isFalse();
		assertThat(triage.filter(record("/iblagh/notification-service", "ACKNOWLEDGED"))).isFalse();
		StatusEventFilter both = new StatusEventFilter(Set.of("DISMISSED", "CLOSED"), Set.of("CLOSED"), null);
		assertThat(both.filter(record("/iblagh/triage-service", "DISMISSED"))).isFalse();
		assertThat(both.filter(record("/iblagh/triage-service", "CLOSED"))).isTrue();
		assertThat(both.filter(record("/iblagh/triage-service", "ROUTED"))).isTrue();
	}

	@Test
	void handsOnEventsWithoutHeadersSoTheConsumerJudgesThem() {
		StatusEventFilter retention = new StatusEventFilter(Set.of("DISMISSED"), Set.of("CLOSED"),
				"/iblagh/evidence-service");
		ConsumerRecord<Object, Object> poison = new ConsumerRecord<>("report.status.v1", 0, 0, null,
				"not json".getBytes(StandardCharsets.UTF_8));
		assertThat(retention.filter(poison)).isFalse();
	}

	@Test
	void filtersNothingWhenNotConfigured() {
		StatusEventFilter none = new StatusEventFilter(Set.of(), Set.of(), null);
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
