package org.iblagh.evidence.messaging;

import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.stream.binding.BindingsLifecycleController;

/**
 * While the object storage circuit is open, the inputs that need storage stop taking new
 * work (their bindings are paused) instead of failing event after event; they resume when
 * the circuit lets a trial call through again.
 */
public class StorageOutagePause {

	static final List<String> STORAGE_BINDINGS = List.of("onReportSubmitted-in-0", "onReporterMessage-in-0");

	private static final Logger log = LoggerFactory.getLogger(StorageOutagePause.class);

	private final BindingsLifecycleController bindings;

	private volatile boolean paused;

	public StorageOutagePause(CircuitBreaker circuitBreaker, BindingsLifecycleController bindings) {
		this.bindings = bindings;
		circuitBreaker.getEventPublisher().onStateTransition((event) -> {
			switch (event.getStateTransition().getToState()) {
				case OPEN, FORCED_OPEN -> pause();
				case HALF_OPEN, CLOSED -> resume();
				default -> {
				}
			}
		});
	}

	public boolean paused() {
		return this.paused;
	}

	private synchronized void pause() {
		if (!this.paused) {
			log.warn("Object storage unavailable: pausing {}", STORAGE_BINDINGS);
			STORAGE_BINDINGS.forEach(this::pauseQuietly);
			this.paused = true;
		}
	}

	private synchronized void resume() {
		if (this.paused) {
			log.info("Object storage reachable again: resuming {}", STORAGE_BINDINGS);
			STORAGE_BINDINGS.forEach((name) -> {
				try {
					this.bindings.resume(name);
				}
				catch (RuntimeException ex) {
					log.warn("Could not resume {}: {}", name, ex.toString());
				}
			});
			this.paused = false;
		}
	}

	private void pauseQuietly(String name) {
		try {
			this.bindings.pause(name);
		}
		catch (RuntimeException ex) {
			log.warn("Could not pause {}: {}", name, ex.toString());
		}
	}

}
