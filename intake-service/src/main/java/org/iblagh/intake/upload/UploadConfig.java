package org.iblagh.intake.upload;

import org.iblagh.intake.config.IntakeProperties;
import org.iblagh.intake.storage.QuarantineStore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class UploadConfig {

	@Bean
	EvidenceUploader evidenceUploader(QuarantineStore quarantine, IntakeProperties properties) {
		return new EvidenceUploader(quarantine,
				new UploadLimits(properties.maxFileSize(), properties.maxFiles(), properties.maxReportSize()));
	}

}
