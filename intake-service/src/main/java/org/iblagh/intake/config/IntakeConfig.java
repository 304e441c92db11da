package org.iblagh.intake.config;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.iblagh.intake.crypto.FieldCipher;
import org.iblagh.intake.receipt.ReceiptIssuer;
import org.iblagh.intake.report.ReportSealer;
import org.iblagh.intake.report.StoredReport;
import org.iblagh.support.messaging.EventPublisher;
import org.iblagh.support.messaging.OutboxRelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
class IntakeConfig {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	ReceiptIssuer receiptIssuer(IntakeProperties properties) {
		return new ReceiptIssuer(properties.receiptKey());
	}

	@Bean
	ReportSealer reportSealer(IntakeProperties properties) {
		return new ReportSealer(FieldCipher.fromKeysetJson(properties.keyset()));
	}

	@Bean
	OutboxRelay outboxRelay(MongoTemplate mongo, EventPublisher publisher) {
		return new OutboxRelay(mongo, publisher, List.of(StoredReport.COLLECTION), Duration.ofMinutes(5));
	}

}
