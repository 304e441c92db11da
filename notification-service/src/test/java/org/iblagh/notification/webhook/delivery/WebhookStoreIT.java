package org.iblagh.notification.webhook.delivery;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.iblagh.contracts.Priority;
import org.iblagh.notification.config.NotificationProperties;
import org.iblagh.notification.referral.DeadlinePolicy;
import org.iblagh.notification.referral.Referral;
import org.iblagh.notification.referral.ReferralFactory;
import org.iblagh.notification.referral.ReferralFixture;
import org.iblagh.notification.referral.store.ReferralDatabase;
import org.iblagh.notification.webhook.WebhookSubscription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Webhook subscriptions and deliveries over one real wire server: what one instance adds
 * or removes reaches the other within the refresh period; a target that now points inside
 * the platform is refused at delivery, not only when the office subscribed.
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
	void aTargetThatNowResolvesInsideThePlatformIsNeverCalledAndTheDeliveryIsParked() throws Exception {
		MongoTemplate mongo = database.template("webhooks-rebound");
		ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
		try (ServerSocket internal = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
				WebhookStore store = new WebhookStore(mongo, Duration.ofSeconds(5))) {
			internal.setSoTimeout(1_000);
			// stored as if it had passed the check when the office subscribed, then its
			// name was pointed at loopback
			WebhookSubscription subscription = store.add(new WebhookSubscription("sub-rebound", "TPI-SAFI",
					"https://127.0.0.1:" + internal.getLocalPort() + "/hook", "s3cret", Instant.now()));
			WebhookDispatcher dispatcher = new WebhookDispatcher(store, HttpClient.newHttpClient(),
					JsonMapper.builder().build(), Clock.systemUTC(), scheduler,
					new NotificationProperties.Webhooks(2, Duration.ofMillis(10), 2.0, Duration.ofSeconds(2), 50, 10,
							Duration.ofSeconds(30), Duration.ofSeconds(5), false),
					new SimpleMeterRegistry(), new WebhookTargets(false));
			Referral referral = new ReferralFactory(DeadlinePolicy.defaults(), "https://evidence.example")
				.fromRouted(ReferralFixture.routed("R-rebound", Priority.P2, "TPI-SAFI", "DGSN-SLCNT"), Instant.now())
				.get(0);

			assertThat(dispatcher.deliver(subscription, referral).get(10, TimeUnit.SECONDS)).isFalse();
			assertThatThrownBy(internal::accept).isInstanceOf(SocketTimeoutException.class);
			assertThat(store.attempts("TPI-SAFI", 10)).hasSize(2)
				.allSatisfy((a) -> assertThat(a.error()).isEqualTo("TARGET_REFUSED"));
			assertThat(store.deadLetters(false)).singleElement()
				.satisfies((d) -> assertThat(d.lastError()).contains("internal address"));
		}
		finally {
			scheduler.shutdownNow();
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
