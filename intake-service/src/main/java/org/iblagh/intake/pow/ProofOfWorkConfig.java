package org.iblagh.intake.pow;

import java.time.Clock;

import org.iblagh.intake.config.IntakeProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProofOfWorkConfig {

	@Bean
	ProofOfWork proofOfWork(IntakeProperties properties) {
		return new ProofOfWork(properties.powKey(), properties.powDifficulty(), properties.powTtl(), Clock.systemUTC());
	}

}
