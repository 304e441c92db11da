package org.iblagh.intake.retention;

import java.time.Clock;

import org.iblagh.intake.config.IntakeProperties;
import org.iblagh.intake.report.ReportStore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionConfig {

	@Bean
	DismissedReportEraser dismissedReportEraser(ReportStore store, IntakeProperties properties, Clock clock) {
		return new DismissedReportEraser(store, properties.dismissedRetention(), clock);
	}

	@Bean
	ErasureSchedule erasureSchedule(DismissedReportEraser eraser) {
		return new ErasureSchedule(eraser);
	}

	static final class ErasureSchedule {

		private final DismissedReportEraser eraser;

		ErasureSchedule(DismissedReportEraser eraser) {
			this.eraser = eraser;
		}

		@Scheduled(initialDelayString = "${iblagh.intake.erasure-check:PT1H}",
				fixedDelayString = "${iblagh.intake.erasure-check:PT1H}")
		void run() {
			this.eraser.eraseDue();
		}

	}

}
