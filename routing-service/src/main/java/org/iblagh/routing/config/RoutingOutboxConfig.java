package org.iblagh.routing.config;

import java.time.Duration;
import java.util.List;

import org.iblagh.support.messaging.EventPublisher;
import org.iblagh.support.messaging.OutboxRelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Publishes the events waiting in routing decisions. */
@Configuration(proxyBeanMethods = false)
class RoutingOutboxConfig {

	/** The decisions collection (kept here so the relay and the store agree). */
	static final String DECISIONS = "routings";

	@Bean
	OutboxRelay outboxRelay(MongoTemplate mongo, EventPublisher publisher) {
		return new OutboxRelay(mongo, publisher, List.of(DECISIONS), Duration.ofMinutes(5));
	}

}
