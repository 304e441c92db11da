package org.iblagh.notification.feed.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Updates;
import org.iblagh.contracts.Priority;
import org.iblagh.notification.referral.DeadlinePolicy;
import org.iblagh.notification.referral.Referral;
import org.iblagh.notification.referral.ReferralFactory;
import org.iblagh.notification.referral.ReferralFixture;
import org.iblagh.notification.referral.store.ReferralDatabase;
import org.iblagh.notification.referral.store.ReferralStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the service on one real MongoDB wire server: each instance's live feed
 * must carry every referral of both, once, in number order.
 */
class ReferralTailIT {

	private static ReferralDatabase database;

	private final ReferralFactory factory = new ReferralFactory(DeadlinePolicy.defaults(), "http://127.0.0.1:8082/");

	private final List<ReferralTail> tails = new ArrayList<>();

	@BeforeAll
	static void start() throws Exception {
		database = ReferralDatabase.start("referral-tail");
	}

	@AfterAll
	static void stop() {
		database.close();
	}

	@AfterEach
	void stopTails() {
		this.tails.forEach(ReferralTail::stop);
	}

	@Test
	void everyInstanceStreamsTheReferralsOfAllInstancesOnceAndInNumberOrder() throws Exception {
		MongoTemplate db = database.template("two-instances");
		ReferralStore first = store(db);
		ReferralStore second = store(db);
		List<Long> seenByFirst = Collections.synchronizedList(new ArrayList<>());
		List<Long> seenBySecond = Collections.synchronizedList(new ArrayList<>());
		follow(first, seenByFirst, Duration.ofMillis(500));
		follow(second, seenBySecond, Duration.ofMillis(500));

		ExecutorService consumers = Executors.newFixedThreadPool(4);
		List<Future<?>> work = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			ReferralStore instance = (t % 2 == 0) ? first : second;
			int thread = t;
			work.add(consumers.submit(() -> {
				for (int i = 0; i < 40; i++) {
					append(instance, "R-" + thread + "-" + i);
					if (i % 10 == 0) {
						// a redelivered event: its number is taken and never stored
						append(instance, "R-" + thread + "-" + i);
					}
				}
			}));
		}
		for (Future<?> done : work) {
			done.get(60, TimeUnit.SECONDS);
		}
		consumers.shutdown();

		int expected = 4 * 40 * 2;
		// what is checked is completeness and order, not speed: each replay leaves a
		// number that is never stored, which the tails wait out. Quiet, this takes 4 s
		// (also with six busy loops beside it); twice, with the module's other ITs and
		// other builds sharing the machine, it took over 20 s
		await().atMost(Duration.ofSeconds(90)).until(() -> seenByFirst.size() == expected);
		await().atMost(Duration.ofSeconds(30)).until(() -> seenBySecond.size() == expected);
		assertThat(seenByFirst).isSorted().doesNotHaveDuplicates();
		assertThat(seenBySecond).isEqualTo(seenByFirst);
	}

	@Test
	void aNumberInFlightElsewhereHoldsLaterReferralsBackUntilItAppearsOrTheHoldBackEnds() throws Exception {
		MongoTemplate db = database.template("in-flight");
		ReferralStore here = store(db);
		List<Long> seen = Collections.synchronizedList(new ArrayList<>());
		ReferralTail tail = follow(here, seen, Duration.ofMillis(1500));
		append(here, "R-before");
		await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 2);

		// another instance takes a number and has not written it yet
		db.getCollection("counters")
			.findOneAndUpdate(Filters.eq("_id", "referralSeq"), Updates.inc("value", 1L),
					new FindOneAndUpdateOptions().upsert(true));
		long takenAt = System.nanoTime();
		append(here, "R-after");

		await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 4);
		long heldMillis = (System.nanoTime() - takenAt) / 1_000_000;
		assertThat(heldMillis).as("held back, ms").isGreaterThanOrEqualTo(1400);
		assertThat(seen).isSorted().doesNotHaveDuplicates();
		assertThat(tail.horizon()).isEqualTo(seen.get(3));
	}

	@Test
	void numbersThisInstanceLeftUnusedDoNotHoldItsFeedBack() throws Exception {
		MongoTemplate db = database.template("own-gaps");
		ReferralStore here = store(db);
		List<Long> seen = Collections.synchronizedList(new ArrayList<>());
		follow(here, seen, Duration.ofSeconds(30));
		append(here, "R-1");
		// a replay takes numbers and stores nothing
		append(here, "R-1");
		long started = System.nanoTime();
		append(here, "R-2");

		await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 4);
		assertThat((System.nanoTime() - started) / 1_000_000).as("delivered within, ms").isLessThan(5_000);
		assertThat(seen.get(2) - seen.get(1)).as("the replay's numbers were skipped").isEqualTo(3);
	}

	private ReferralStore store(MongoTemplate db) {
		return database.store(db);
	}

	private ReferralTail follow(ReferralStore store, List<Long> seen, Duration holdBack) {
		ReferralTail tail = new ReferralTail(store, (r) -> seen.add(r.seq()), holdBack, Duration.ofMillis(50));
		store.whenCommitted(tail::storedHere);
		tail.start();
		this.tails.add(tail);
		return tail;
	}

	private void append(ReferralStore store, String reportId) {
		store.appendNew(this.factory.fromRouted(ReferralFixture.routed(reportId, Priority.P3), Instant.now()),
				(r) -> List.of(), (r) -> {
				});
	}

}
