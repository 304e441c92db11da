package org.iblagh.notification.webhook.delivery;

import java.time.Duration;
import java.time.Instant;

import com.mongodb.client.MongoClients;
import org.iblagh.notification.referral.store.ReferralDatabase;
import org.iblagh.notification.webhook.WebhookSubscription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

/**
 * Two instances' subscription caches over one real wire server: what one instance adds or
 * removes reaches the other within the refresh period.
 */
class WebhookStoreIT {

	static ReferralDatabase database;

	@BeforeAll
	static void start() throws Exception {
		database = ReferralDatabase.start("webhook-store");
	}

	@AfterAll
	static void stop() {
		database.close();
	}

	@Test
	void aSubscriptionAddedOrRemovedOnOneInstanceReachesTheOther() {
		MongoTemplate mongo = database.template("webhooks-two-instances");
		try (WebhookStore here = new WebhookStore(mongo, Duration.ofMillis(200));
				WebhookStore there = new WebhookStore(mongo, Duration.ofMillis(200))) {
			assertThat(there.forOffice("TPI-SAFI")).isEmpty();
			WebhookSubscription added = here
				.add(new WebhookSubscription("sub-1", "TPI-SAFI", "https://office.example/hook", "s3cret",
						Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
			assertThat(here.forOffice("TPI-SAFI")).containsExactly(added);
			await().atMost(Duration.ofSeconds(5)).until(() -> there.forOffice("TPI-SAFI").contains(added));
			assertThat(there.forOffice("PP-SAFI")).isEmpty();

			assertThat(here.remove("TPI-SAFI", "sub-1")).isTrue();
			assertThat(here.forOffice("TPI-SAFI")).isEmpty();
			await().atMost(Duration.ofSeconds(5)).until(() -> there.forOffice("TPI-SAFI").isEmpty());
		}
	}

	@Test
	void makingTheStoreNeedsNoDatabase() {
		// nothing listens on port 1: a store that read at construction would fail here
		try (var client = MongoClients.create("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=200")) {
			assertThatCode(() -> new WebhookStore(new MongoTemplate(client, "nowhere"), Duration.ofSeconds(5)).close())
				.doesNotThrowAnyException();
		}
	}

}
