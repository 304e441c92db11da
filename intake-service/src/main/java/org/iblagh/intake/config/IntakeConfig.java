package org.iblagh.intake.config;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.iblagh.intake.crypto.FieldCipher;
import org.iblagh.intake.crypto.LocalKeysetGuard;
import org.iblagh.intake.receipt.ReceiptIssuer;
import org.iblagh.intake.report.ReportSealer;
import org.iblagh.intake.report.StoredReport;
import org.iblagh.support.messaging.EventPublisher;
import org.iblagh.support.messaging.OutboxPayloadSealer;
import org.iblagh.support.messaging.OutboxRelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
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
	FieldCipher fieldCipher(IntakeProperties properties, Environment environment) {
		// production reads its keyset from IBLAGH_INTAKE_KEYSET (a Secret), never the
		// committed one
		LocalKeysetGuard.check(properties.keyset(),
				environment.matchesProfiles("local") && !environment.matchesProfiles("prod"));
		return FieldCipher.fromKeysetJson(properties.keyset());
	}

	@Bean
	ReportSealer reportSealer(FieldCipher cipher) {
		return new ReportSealer(cipher);
	}

	/**
	 * Intake's events carry the description and messages: while they wait in the outbox
	 * they are sealed like the rest of the report.
	 */
	@Bean
	OutboxPayloadSealer outboxPayloadSealer(FieldCipher cipher) {
		return new OutboxPayloadSealer() {
			@Override
			public String seal(String payload, String eventId) {
				return cipher.seal(payload, "outbox:" + eventId);
			}

			@Override
			public String open(String sealed, String eventId) {
				return cipher.open(sealed, "outbox:" + eventId);
			}
		};
	}

	@Bean
	OutboxRelay outboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxPayloadSealer sealer) {
		return new OutboxRelay(mongo, publisher, List.of(StoredReport.COLLECTION), Duration.ofMinutes(5), sealer);
	}

}
