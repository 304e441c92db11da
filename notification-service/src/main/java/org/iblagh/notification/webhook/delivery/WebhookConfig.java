package org.iblagh.notification.webhook.delivery;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.micrometer.core.instrument.MeterRegistry;
import org.iblagh.notification.config.NotificationProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
class WebhookConfig {

	@Bean
	WebhookStore webhookStore(MongoTemplate mongo, NotificationProperties properties) {
		return new WebhookStore(mongo, properties.webhooks().subscriptionsRefresh());
	}

	@Bean
	WebhookTargets webhookTargets(NotificationProperties properties) {
		return new WebhookTargets(properties.webhooks().allowInternalTargets());
	}

	@Bean
	WebhookDispatcher webhookDispatcher(WebhookStore store, JsonMapper json, Clock clock,
			NotificationProperties properties, MeterRegistry meters, WebhookTargets targets) {
		ScheduledExecutorService deliveries = Executors.newScheduledThreadPool(2, (r) -> {
			Thread t = new Thread(r, "webhook-delivery");
			t.setDaemon(true);
			return t;
		});
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(3))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		return new WebhookDispatcher(store, http, json, clock, deliveries, properties.webhooks(), meters, targets);
	}

}
