package org.iblagh.notification.config;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.iblagh.notification.feed.AtomFeedWriter;
import org.iblagh.notification.office.OfficeDirectory;
import org.iblagh.notification.referral.DeadlinePolicy;
import org.iblagh.notification.referral.ReferralAnswers;
import org.iblagh.notification.referral.ReferralFactory;
import org.iblagh.notification.referral.ReferralListener;
import org.iblagh.notification.referral.service.ReferralService;
import org.iblagh.notification.referral.store.ReferralStore;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.messaging.EventPublisher;
import org.iblagh.support.messaging.OutboxRelay;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Wires the plain-Java referral model to MongoDB, Kafka and the delivery channels.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfig {

	@Bean
	@ConditionalOnMissingBean(Clock.class)
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	OfficeDirectory officeDirectory() {
		return OfficeDirectory.bundled();
	}

	@Bean
	DeadlinePolicy deadlinePolicy(NotificationProperties properties) {
		return (properties.acknowledgeWithin() == null || properties.acknowledgeWithin().isEmpty())
				? DeadlinePolicy.defaults() : new DeadlinePolicy(properties.acknowledgeWithin());
	}

	@Bean
	ReferralFactory referralFactory(DeadlinePolicy deadlines, @Value("${iblagh.services.evidence}") String evidence) {
		return new ReferralFactory(deadlines, evidence);
	}

	@Bean
	ReferralAnswers referralAnswers() {
		return new ReferralAnswers(() -> UUID.randomUUID().toString());
	}

	@Bean
	OutboxRelay outboxRelay(MongoTemplate mongo, EventPublisher publisher) {
		return new OutboxRelay(mongo, publisher, List.of(ReferralStore.COLLECTION), Duration.ofMinutes(5));
	}

	@Bean
	ReferralStore referralStore(MongoTemplate mongo, OutboxRelay relay) {
		return new ReferralStore(mongo, relay);
	}

	@Bean
	ApplicationListener<ApplicationStartedEvent> referralIndexes(ReferralStore store) {
		return (event) -> store.createIndexes();
	}

	@Bean
	ReferralService referralService(ReferralStore store, ReferralFactory factory, ReferralAnswers answers,
			EventCodec codec, Clock clock, ObjectProvider<ReferralListener> listeners, OfficeDirectory offices) {
		return new ReferralService(store, factory, answers, codec, clock, listeners.orderedStream().toList(),
				offices.find(OfficeDirectory.DUTY).map((o) -> o.nameFr()).orElse("Duty"));
	}

	@Bean
	AtomFeedWriter atomFeedWriter() {
		return new AtomFeedWriter();
	}

}
