package org.iblagh.notification.deadline;

import org.iblagh.notification.config.NotificationProperties;
import org.iblagh.notification.referral.service.ReferralService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;

/**
 * Looks for overdue referrals at a fixed delay. The deadline itself is computed with the
 * service's {@link java.time.Clock}, so a test moves time instead of waiting.
 */
@Configuration(proxyBeanMethods = false)
class EscalationConfig {

	private static final Logger log = LoggerFactory.getLogger(EscalationConfig.class);

	@Bean
	ApplicationListener<ApplicationReadyEvent> escalationCheck(TaskScheduler scheduler, ReferralService referrals,
			NotificationProperties properties) {
		return (event) -> scheduler.scheduleWithFixedDelay(() -> {
			try {
				referrals.escalateOverdue();
			}
			catch (RuntimeException ex) {
				log.warn("Escalation check failed, will retry: {}", ex.toString());
			}
		}, properties.escalationCheckEvery());
	}

}
