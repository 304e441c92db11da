package org.iblagh.notification.feed.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.iblagh.notification.referral.Referral;
import org.iblagh.notification.referral.store.ReferralStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Follows the referrals of every instance in number order and hands each one to the live
 * feeds once, so a reader connected to any instance sees every referral, and a cursor
 * taken from one instance is valid on all.
 *
 * <p>
 * The horizon is the number up to which every referral is settled: stored, or known never
 * to come. A missing number taken by this process is settled as soon as its write
 * finished; one taken by another instance may still be in flight, so the tail waits for
 * it up to {@code holdBack} before passing it (a replay or a failed write leaves such
 * gaps). Feeds never read past the horizon, so nothing is delivered out of order.
 */
public class ReferralTail implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ReferralTail.class);

	private static final int PAGE = 500;

	/**
	 * A wider gap is not a write in flight but a jump of the counter: waited for once.
	 */
	private static final long MAX_GAP = 10_000;

	private final ReferralStore store;

	private final Consumer<Referral> deliver;

	private final Duration holdBack;

	private final Duration pollEvery;

	private final Semaphore wake = new Semaphore(0);

	private volatile long horizon;

	private volatile boolean running;

	private Thread worker;

	/** Referrals this process stored, by number, until the horizon passes them. */
	private final ConcurrentSkipListMap<Long, Referral> storedHere = new ConcurrentSkipListMap<>();

	/**
	 * Numbers not seen yet, taken by another instance, with when the tail first missed
	 * them.
	 */
	private final ConcurrentSkipListMap<Long, Long> missingSince = new ConcurrentSkipListMap<>();

	public ReferralTail(ReferralStore store, Consumer<Referral> deliver, Duration holdBack, Duration pollEvery) {
		this.store = store;
		this.deliver = deliver;
		this.holdBack = holdBack;
		this.pollEvery = pollEvery;
	}

	/** Every referral numbered up to this is settled and, if stored, delivered. */
	public long horizon() {
		return this.horizon;
	}

	/**
	 * Takes referrals this process just stored: delivered from memory, without reading
	 * them back, as soon as nothing from another instance can come before them.
	 */
	public void storedHere(List<Referral> referrals) {
		for (Referral referral : referrals) {
			this.storedHere.put(referral.seq(), referral);
		}
		if (this.wake.availablePermits() == 0) {
			this.wake.release();
		}
	}

	@Override
	public void start() {
		// what is already stored is for readers to replay, not live
		this.horizon = this.store.lastSeq();
		this.running = true;
		this.worker = new Thread(this::run, "referral-tail");
		this.worker.setDaemon(true);
		this.worker.start();
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.worker != null) {
			this.worker.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// before the consumers start storing, so none of their referrals is missed
		return Integer.MIN_VALUE + 2000;
	}

	private void run() {
		long lastRead = 0;
		while (this.running) {
			try {
				boolean woken = this.wake.tryAcquire(this.pollEvery.toMillis(), TimeUnit.MILLISECONDS);
				// the database is read at every poll (other instances' referrals) and
				// whenever a number this process did not write stands in the way
				boolean poll = !woken || System.nanoTime() - lastRead > this.pollEvery.toNanos();
				if (poll || !catchUp(new ArrayList<>(this.storedHere.tailMap(this.horizon, false).values()))) {
					lastRead = System.nanoTime();
					List<Referral> page;
					do {
						page = this.store.after(this.horizon, PAGE);
					}
					while (catchUp(page) && page.size() == PAGE);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Following new referrals failed, will retry: {}", ex.toString());
			}
		}
	}

	/**
	 * Delivers, in number order, what became settled.
	 * @return false when a number not seen yet stands in the way
	 */
	private boolean catchUp(List<Referral> page) {
		// every gap of the page starts its clock now, so many gaps (a burst of
		// replays elsewhere) cost one hold-back, not one each
		long now = System.nanoTime();
		long previous = this.horizon;
		for (Referral referral : page) {
			noteMissing(previous + 1, referral.seq() - 1, now);
			previous = referral.seq();
		}
		for (Referral referral : page) {
			if (referral.seq() <= this.horizon) {
				continue;
			}
			if (!settled(this.horizon + 1, referral.seq() - 1, now)) {
				return false;
			}
			// the horizon moves first: a stream registered after this reads it and
			// replays the referral; one registered before gets it live
			this.horizon = referral.seq();
			try {
				this.deliver.accept(referral);
			}
			catch (RuntimeException ex) {
				log.warn("A live feed failed on referral {}: {}", referral.referralId(), ex.toString());
			}
		}
		this.store.forgetSettledUpTo(this.horizon);
		this.missingSince.headMap(this.horizon, true).clear();
		this.storedHere.headMap(this.horizon, true).clear();
		return true;
	}

	private void noteMissing(long from, long to, long now) {
		for (long seq = from; seq <= to && seq < from + MAX_GAP; seq++) {
			if (!this.store.settledHere(seq)) {
				this.missingSince.putIfAbsent(seq, now);
			}
		}
	}

	/**
	 * Whether every number from {@code from} to {@code to} is settled: written by this
	 * process, or missing for longer than the hold-back.
	 */
	private boolean settled(long from, long to, long now) {
		for (long seq = from; seq <= to && seq < from + MAX_GAP; seq++) {
			Long since = this.missingSince.get(seq);
			if (since != null && now - since < this.holdBack.toNanos()) {
				return false;
			}
		}
		if (to >= from && this.missingSince.containsKey(from)) {
			log.info("Referral numbers {} to {} never appeared within {}; feeds go on without them", from, to,
					this.holdBack);
		}
		return true;
	}

}
