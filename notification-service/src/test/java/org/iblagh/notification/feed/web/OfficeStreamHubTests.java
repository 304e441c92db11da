package org.iblagh.notification.feed.web;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeStreamHubTests {

	private final ExecutorService senders = Executors.newSingleThreadExecutor();

	private final OfficeStreamHub hub = new OfficeStreamHub(this.senders);

	@AfterEach
	void close() {
		this.hub.close();
	}

	@Test
	void stoppingEndsEveryOpenStreamSoTheGracefulShutdownNeedNotWaitForThem() {
		this.hub.start();
		RecordingEmitter rabat = new RecordingEmitter();
		RecordingEmitter fes = new RecordingEmitter();
		this.hub.open("TPI-RABAT", rabat, 0).replay(List.of());
		this.hub.open("TPI-FES", fes, 0).replay(List.of());
		assertThat(this.hub.openStreams()).isEqualTo(2);

		this.hub.stop();

		assertThat(rabat.completed).isTrue();
		assertThat(fes.completed).isTrue();
		assertThat(this.hub.openStreams()).isZero();
		assertThat(this.hub.isRunning()).isFalse();
	}

	@Test
	void aStreamOpenedWhileStoppingIsEndedAtOnce() {
		this.hub.start();
		this.hub.stop();
		RecordingEmitter late = new RecordingEmitter();

		this.hub.open("TPI-RABAT", late, 0);

		assertThat(late.completed).isTrue();
		assertThat(this.hub.openStreams()).isZero();
	}

	@Test
	void aRunningHubKeepsItsStreamsOpen() {
		this.hub.start();
		RecordingEmitter rabat = new RecordingEmitter();
		this.hub.open("TPI-RABAT", rabat, 0);
		assertThat(rabat.completed).isFalse();
		assertThat(this.hub.openStreams()).isEqualTo(1);
	}

	static final class RecordingEmitter extends SseEmitter {

		volatile boolean completed;

		@Override
		public synchronized void complete() {
			this.completed = true;
			super.complete();
		}

	}

}
