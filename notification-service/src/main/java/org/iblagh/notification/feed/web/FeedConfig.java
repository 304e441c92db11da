package org.iblagh.notification.feed.web;

import java.util.concurrent.Executors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FeedConfig {

	@Bean
	OfficeStreamHub officeStreamHub() {
		// a few senders are enough: each drains one stream's queue at a time
		return new OfficeStreamHub(Executors.newFixedThreadPool(4, (r) -> {
			Thread t = new Thread(r, "sse-sender");
			t.setDaemon(true);
			return t;
		}));
	}

}
