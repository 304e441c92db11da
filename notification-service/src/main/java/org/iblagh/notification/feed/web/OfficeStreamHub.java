package org.iblagh.notification.feed.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import org.iblagh.notification.referral.Referral;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Fans new referrals, as the feed tail hands them over, out to the offices' open event
 * streams. Each stream has its own queue, drained on a shared pool one stream at a time,
 * so a slow reader never delays the consumer nor the other readers.
 */
public class OfficeStreamHub implements SmartLifecycle, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(OfficeStreamHub.class);

	private final Map<String, Set<Stream>> streams = new ConcurrentHashMap<>();

	private final ExecutorService senders;

	private static final Duration STREAMS_END_WITHIN = Duration.ofSeconds(2);

	private volatile boolean running;

	public OfficeStreamHub(ExecutorService senders) {
		this.senders = senders;
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * Ends every open stream before the web server's graceful shutdown, which would
	 * otherwise wait its whole timeout for streams that never end by themselves. Readers
	 * reconnect with Last-Event-ID, to another instance or to this one restarted, and
	 * lose nothing.
	 */
	@Override
	public void stop() {
		this.running = false;
		for (Set<Stream> open : this.streams.values()) {
			for (Stream stream : open) {
				stream.closed = true;
				stream.emitter.complete();
			}
		}
		// each completion is dispatched back to the container, which then unregisters the
		// stream; waiting for that keeps those dispatches out of the graceful shutdown
		long deadline = System.nanoTime() + STREAMS_END_WITHIN.toNanos();
		while (openStreams() > 0 && System.nanoTime() < deadline) {
			LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
		}
		this.streams.values().forEach(Set::clear);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// above the graceful shutdown's phase, so this stops first
		return SmartLifecycle.DEFAULT_PHASE;
	}

	/**
	 * Queues a referral for its office's open streams (called by the feed tail, in number
	 * order).
	 */
	public void publish(Referral referral) {
		Set<Stream> open = this.streams.get(referral.officeId());
		if (open != null) {
			for (Stream stream : open) {
				stream.offer(referral);
			}
		}
	}

	/**
	 * Opens a stream that first sends {@code missed} (read after registering, so nothing
	 * falls between the two) and then everything new, skipping what it already sent.
	 */
	public Stream open(String officeId, SseEmitter emitter, long lastSent) {
		Stream stream = new Stream(officeId, emitter, lastSent);
		this.streams.computeIfAbsent(officeId, (k) -> ConcurrentHashMap.newKeySet()).add(stream);
		if (!this.running) {
			// opened while stopping (checked after registering, so stop() cannot miss
			// it): ended at once rather than holding the shutdown up
			close(stream);
			emitter.complete();
			return stream;
		}
		emitter.onCompletion(() -> close(stream));
		emitter.onTimeout(() -> close(stream));
		emitter.onError((e) -> close(stream));
		return stream;
	}

	@Override
	public void close() {
		this.senders.shutdownNow();
	}

	public int openStreams() {
		return this.streams.values().stream().mapToInt(Set::size).sum();
	}

	private void close(Stream stream) {
		Set<Stream> open = this.streams.get(stream.officeId);
		if (open != null) {
			open.remove(stream);
		}
		stream.closed = true;
	}

	/** One office's open event stream. */
	public final class Stream {

		private final String officeId;

		private final SseEmitter emitter;

		private final Queue<Referral> pending = new ConcurrentLinkedQueue<>();

		private final AtomicBoolean draining = new AtomicBoolean();

		private volatile boolean replayed;

		private volatile boolean closed;

		private long lastSent;

		Stream(String officeId, SseEmitter emitter, long lastSent) {
			this.officeId = officeId;
			this.emitter = emitter;
			this.lastSent = lastSent;
		}

		/** Sends what was missed, then lets live referrals through. */
		public void replay(List<Referral> missed) {
			synchronized (this) {
				for (Referral referral : missed) {
					send(referral);
				}
				this.replayed = true;
			}
			schedule();
		}

		void offer(Referral referral) {
			this.pending.add(referral);
			if (this.replayed) {
				schedule();
			}
		}

		private void schedule() {
			if (this.draining.compareAndSet(false, true)) {
				OfficeStreamHub.this.senders.execute(this::drain);
			}
		}

		private void drain() {
			try {
				synchronized (this) {
					Referral next;
					while (!this.closed && (next = this.pending.poll()) != null) {
						send(next);
					}
				}
			}
			finally {
				this.draining.set(false);
			}
			if (!this.pending.isEmpty() && !this.closed) {
				schedule();
			}
		}

		private void send(Referral referral) {
			if (referral.seq() <= this.lastSent || this.closed) {
				return;
			}
			try {
				this.emitter.send(SseEmitter.event()
					.id(Long.toString(referral.seq()))
					.name("referral")
					.data(referral, MediaType.APPLICATION_JSON));
				this.lastSent = referral.seq();
			}
			catch (IOException | IllegalStateException ex) {
				// the reader went away; it resumes with Last-Event-ID
				log.debug("Event stream of {} closed: {}", this.officeId, ex.toString());
				close(this);
				try {
					this.emitter.completeWithError(ex);
				}
				catch (IllegalStateException alreadyEnded) {
					// the container saw the disconnect first and ended the request
					// itself;
					// letting this escape would kill the sender thread
				}
			}
		}

	}

}
