package org.iblagh.notification.referral.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.iblagh.contracts.Priority;
import org.iblagh.notification.referral.DeadlinePolicy;
import org.iblagh.notification.referral.Referral;
import org.iblagh.notification.referral.ReferralAnswers;
import org.iblagh.notification.referral.ReferralFactory;
import org.iblagh.notification.referral.ReferralFixture;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.messaging.OutboxEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The referral store's group commit on a real MongoDB wire server: many consumer threads
 * appending at once, replays among them.
 */
class ReferralStoreIT {

	private static ReferralDatabase database;

	private final ReferralAnswers answers = new ReferralAnswers(() -> UUID.randomUUID().toString());

	private final EventCodec codec = new EventCodec();

	private final ReferralFactory factory = new ReferralFactory(DeadlinePolicy.defaults(), "http://127.0.0.1:8082/");

	@BeforeAll
	static void start() throws Exception {
		database = ReferralDatabase.start("referral-store");
	}

	@AfterAll
	static void stop() {
		database.close();
	}

	@Test
	void concurrentAppendsAreStoredOnceNumberedUniquelyAndAnnouncedInCursorOrder() throws Exception {
		MongoTemplate template = database.template("concurrent");
		ReferralStore store = database.store(template);
		int threads = 8;
		int reportsPerThread = 60;
		List<Long> announced = Collections.synchronizedList(new ArrayList<>());
		Set<String> storedIds = ConcurrentHashMap.newKeySet();
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<Integer>> replaysStored = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			replaysStored.add(pool.submit(() -> {
				go.await();
				int storedByReplays = 0;
				for (int i = 0; i < reportsPerThread; i++) {
					String reportId = "R-" + thread + "-" + i;
					for (Referral referral : append(store, reportId, announced)) {
						assertThat(storedIds.add(referral.referralId())).isTrue();
					}
					// every fifth report comes again, as a redelivered event would
					if (i % 5 == 0) {
						storedByReplays += append(store, reportId, announced).size();
					}
				}
				return storedByReplays;
			}));
		}
		go.countDown();
		for (Future<Integer> replays : replaysStored) {
			assertThat(replays.get(60, TimeUnit.SECONDS)).isZero();
		}
		pool.shutdown();

		int expected = threads * reportsPerThread * 2;
		assertThat(storedIds).hasSize(expected);
		assertThat(announced).hasSize(expected);
		// a feed resuming after cursor n never misses a later-announced lower number
		assertThat(announced).isSorted();
		assertThat(new HashSet<>(announced)).hasSize(expected);
		List<Document> inStore = template.getCollection(ReferralStore.COLLECTION).find().into(new ArrayList<>());
		assertThat(inStore).hasSize(expected);
		assertThat(inStore).allSatisfy((doc) -> {
			assertThat(doc.getList("outbox", Document.class)).isNotEmpty();
			assertThat(doc.get("seq", Number.class).longValue()).isPositive();
		});
		// what was announced is what is stored, field for field
		Referral sample = store.find("F-TPI-RABAT-R-3-7").orElseThrow().referral();
		assertThat(sample.reportId()).isEqualTo("R-3-7");
		assertThat(announced).contains(sample.seq());
	}

	private List<Referral> append(ReferralStore store, String reportId, List<Long> announced) {
		return store.appendNew(this.factory.fromRouted(ReferralFixture.routed(reportId, Priority.P3), Instant.now()),
				(r) -> this.answers.notified(r).stream().map((e) -> OutboxEntry.of(e, this.codec)).toList(),
				(r) -> announced.add(r.seq()));
	}

}
