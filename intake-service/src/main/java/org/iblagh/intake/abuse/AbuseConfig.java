package org.iblagh.intake.abuse;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AbuseConfig.AbuseProperties.class)
class AbuseConfig {

	@Bean
	AbuseGuard abuseGuard(AbuseProperties properties, Clock clock) {
		return new AbuseGuard(new AbuseLimits(new ClientKeys(properties.keyRotation(), clock),
				properties.submissionsPerMinute(), properties.wrongReceiptsPerMinute()));
	}

	/**
	 * Abuse limits ({@code iblagh.intake.abuse.*}).
	 *
	 * @param submissionsPerMinute reports and follow-up messages a client may send a
	 * minute
	 * @param wrongReceiptsPerMinute wrong receipts a client may try a minute
	 * @param keyRotation how often the in-memory key hashing client addresses is replaced
	 */
	@ConfigurationProperties("iblagh.intake.abuse")
	record AbuseProperties(int submissionsPerMinute, int wrongReceiptsPerMinute, Duration keyRotation) {

		AbuseProperties {
			submissionsPerMinute = (submissionsPerMinute > 0) ? submissionsPerMinute : 120;
			wrongReceiptsPerMinute = (wrongReceiptsPerMinute > 0) ? wrongReceiptsPerMinute : 10;
			keyRotation = (keyRotation != null) ? keyRotation : Duration.ofHours(1);
		}

	}

}
