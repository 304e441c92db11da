package org.iblagh.routing.jurisdiction.internal;

import java.time.Clock;

import org.iblagh.routing.data.ReferenceData;
import org.iblagh.routing.jurisdiction.CompetenceRules;
import org.iblagh.routing.jurisdiction.JurisdictionResolver;
import org.iblagh.routing.place.PlaceResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reference data, loaded once at start-up (a bad row fails the start). */
@Configuration(proxyBeanMethods = false)
class JurisdictionConfig {

	@Bean
	ReferenceData referenceData() {
		return ReferenceData.load();
	}

	@Bean
	JurisdictionResolver jurisdictionResolver(ReferenceData data) {
		return new JurisdictionResolver(data, new PlaceResolver(data), CompetenceRules.load());
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
