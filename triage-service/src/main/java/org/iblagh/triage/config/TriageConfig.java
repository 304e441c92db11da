package org.iblagh.triage.config;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.iblagh.triage.assessment.AssessmentEngine;
import org.iblagh.triage.assessment.DuePolicy;
import org.iblagh.triage.report.TriageReport;
import org.iblagh.support.messaging.EventPublisher;
import org.iblagh.support.messaging.OutboxRelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
class TriageConfig {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	AssessmentEngine assessmentEngine(TriageProperties properties) {
		TriageProperties.Due due = properties.due();
		return AssessmentEngine.withDefaults(new DuePolicy(due.p1(), due.p2(), due.p3(), due.p4()));
	}

	@Bean
	OutboxRelay outboxRelay(MongoTemplate mongo, EventPublisher publisher) {
		return new OutboxRelay(mongo, publisher, List.of(TriageReport.COLLECTION), Duration.ofMinutes(5));
	}

}
