package org.iblagh.notification.feed.web;

import java.time.Duration;
import java.util.concurrent.Executors;

import org.iblagh.notification.feed.live.ReferralTail;
import org.iblagh.notification.referral.store.ReferralStore;

import org.springframework.beans.factory.annotation.Value;
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

	/**
	 * Live feeds follow the store, not this instance's consumers, so every instance
	 * streams every referral; another instance's referrals arrive within a poll.
	 */
	@Bean
	ReferralTail referralTail(ReferralStore store, OfficeStreamHub hub,
			@Value("${iblagh.notification.feeds.in-flight-hold-back:2s}") Duration holdBack,
			@Value("${iblagh.notification.feeds.poll-every:250ms}") Duration pollEvery) {
		ReferralTail tail = new ReferralTail(store, hub::publish, holdBack, pollEvery);
		store.whenCommitted(tail::storedHere);
		return tail;
	}

}
