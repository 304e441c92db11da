package org.iblagh.notification.referral.messaging;

import java.util.function.Consumer;

import org.iblagh.contracts.ReportRouted;
import org.iblagh.contracts.ReportTriaged;
import org.iblagh.notification.referral.service.ReferralService;
import org.iblagh.support.messaging.EventCodec;
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

	@Bean
	Consumer<Message<byte[]>> onReportRouted(EventCodec codec, ReferralService referrals) {
		return (message) -> {
			ReportRouted routed = codec.decode(message.getPayload(), ReportRouted.class);
			if (routed.prosecutorOffice() == null && routed.policeUnit() == null) {
				throw new MalformedEventException("report.routed without any office: " + routed.eventId());
			}
			referrals.onRouted(routed);
		};
	}

	@Bean
	Consumer<Message<byte[]>> onReportTriaged(EventCodec codec, ReferralService referrals) {
		return (message) -> referrals.onTriaged(codec.decode(message.getPayload(), ReportTriaged.class));
	}

}
