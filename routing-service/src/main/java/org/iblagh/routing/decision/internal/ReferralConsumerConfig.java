package org.iblagh.routing.decision.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.iblagh.contracts.ReportReferred;
import org.iblagh.contracts.ReportStatus;
import org.iblagh.routing.decision.RoutingEvents;
import org.iblagh.routing.jurisdiction.JurisdictionAnswer;
import org.iblagh.routing.jurisdiction.JurisdictionResolver;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.messaging.MalformedEventException;
import org.iblagh.support.messaging.OutboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Routes every referral: resolves, stores the decision with its events in one write, and
 * publishes ReportRouted + ROUTED, or only PLACE_NEEDED when the place is unknown (never
 * a silent default). A replayed event is a duplicate key and changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class ReferralConsumerConfig {

	private static final Logger log = LoggerFactory.getLogger(ReferralConsumerConfig.class);

	@Bean
	Consumer<Message<byte[]>> onReportReferred(EventCodec codec, JurisdictionResolver resolver, DecisionStore store,
			Clock clock) {
		return (message) -> {
			ReportReferred referral = codec.decode(message.getPayload(), ReportReferred.class);
			if (referral.category() == null) {
				throw new MalformedEventException("ReportReferred without a category: " + referral.eventId());
			}
			if (store.exists(referral.eventId())) {
				return;
			}
			Instant now = clock.instant();
			JurisdictionAnswer answer = resolver.resolve(RoutingEvents.query(referral));
			RoutingDecisionDocument decision;
			if (answer instanceof JurisdictionAnswer.Routed routed) {
				List<OutboxEntry> outbox = List.of(
						OutboxEntry.of(RoutingEvents.routed(referral, routed.policeUnit(), routed.prosecutorOffice(),
								routed.offenceClass(), routed.basis(), now), codec),
						OutboxEntry.of(RoutingEvents.status(referral.reportId(), ReportStatus.ROUTED,
								routed.prosecutorOffice().id(), now), codec));
				decision = new RoutingDecisionDocument(referral.eventId(), referral.reportId(),
						RoutingDecisionDocument.ROUTED, referral, routed.policeUnit(), routed.prosecutorOffice(),
						routed.offenceClass(), routed.provinceCode(), routed.inferred(),
						RoutingEvents.lawDate(referral), routed.basis(), null, List.of(), List.of(), outbox, now);
			}
			else {
				JurisdictionAnswer.UnresolvedPlace unresolved = (JurisdictionAnswer.UnresolvedPlace) answer;
				List<OutboxEntry> outbox = List.of(OutboxEntry.of(
						RoutingEvents.status(referral.reportId(), ReportStatus.PLACE_NEEDED, "UNRESOLVED_PLACE", now),
						codec));
				decision = new RoutingDecisionDocument(referral.eventId(), referral.reportId(),
						RoutingDecisionDocument.PLACE_NEEDED, referral, null, null, referral.offenceClass(), null,
						false, RoutingEvents.lawDate(referral), unresolved.basis(), unresolved.reason(),
						unresolved.suggestions(), List.of(), outbox, now);
			}
			if (store.insert(decision)) {
				log.info("Report {} routed: {} {}", referral.reportId(), decision.outcome(),
						(decision.prosecutorOffice() != null) ? decision.prosecutorOffice().id() : "");
			}
		};
	}

}
