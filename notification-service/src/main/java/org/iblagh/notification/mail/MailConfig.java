package org.iblagh.notification.mail;

import java.time.Clock;
import java.util.concurrent.Executors;

import org.iblagh.notification.config.NotificationProperties;
import org.iblagh.notification.referral.store.ReferralStore;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;

@Configuration(proxyBeanMethods = false)
class MailConfig {

	@Bean
	OfficeMailer officeMailer(JavaMailSender sender, MessageSource messages, NotificationProperties properties,
			ReferralStore store, Clock clock, @Value("${iblagh.services.notification}") String baseUrl) {
		return new OfficeMailer(sender, messages, properties.mail(), store, clock,
				Executors.newSingleThreadExecutor((r) -> {
					Thread t = new Thread(r, "office-mail");
					t.setDaemon(true);
					return t;
				}), baseUrl);
	}

	@Bean
	DailyDigest dailyDigest(OfficeMailer mailer) {
		return new DailyDigest(mailer);
	}

	static class DailyDigest {

		private final OfficeMailer mailer;

		DailyDigest(OfficeMailer mailer) {
			this.mailer = mailer;
		}

		@Scheduled(cron = "${iblagh.notification.mail.digest-cron}", zone = "Africa/Casablanca")
		void send() {
			this.mailer.sendDigest();
		}

	}

}
