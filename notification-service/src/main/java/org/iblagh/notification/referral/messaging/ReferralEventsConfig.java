package org.iblagh.notification.referral.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.iblagh.contracts.ReportRouted;
import org.iblagh.contracts.ReportTriaged;
import org.iblagh.notification.referral.service.ReferralService;
import org.iblagh.support.messaging.EventBatchReader;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.messaging.PolledBatch;
import org.iblagh.support.messaging.MalformedEventException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The two inputs: a routed report becomes referrals, a P1 assessment a duty alert. Both
 * are idempotent through the referral ids, so a replayed event changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class ReferralEventsConfig {

	/**
	 * A batch binding (application.yml): a poll's routings become referrals in one group
	 * commit; a malformed routing is dead-lettered alone.
	 */
	@Bean
	Consumer<Message<List<byte[]>>> onReportRouted(EventBatchReader reader, ReferralService referrals) {
		return (message) -> {
			List<ReportRouted> routings = reader.read(PolledBatch.of(message), "onReportRouted", ReportRouted.class,
					(routed) -> {
						if (routed.prosecutorOffice() == null && routed.policeUnit() == null) {
							throw new MalformedEventException("report.routed without any office: " + routed.eventId());
						}
					});
			reader.write(() -> referrals.onRoutedAll(routings));
		};
	}

	@Bean
	Consumer<Message<byte[]>> onReportTriaged(EventCodec codec, ReferralService referrals) {
		return (message) -> referrals.onTriaged(codec.decode(message.getPayload(), ReportTriaged.class));
	}

}
