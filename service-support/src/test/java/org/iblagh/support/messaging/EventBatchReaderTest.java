package org.iblagh.support.messaging;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A batch's write is retried as the service's record bindings retry, and its last failure
 * reaches the binder unchanged.
 */
class EventBatchReaderTest {

	private final EventBatchReader reader = new EventBatchReader(new EventCodec(), null, environment(3));

	@Test
	void aWriteThatFailsTwiceSucceedsOnTheThirdAttempt() {
		AtomicInteger calls = new AtomicInteger();
		String result = this.reader.write(() -> {
			if (calls.incrementAndGet() < 3) {
				throw new IllegalStateException("database away");
			}
			return "written";
		});
		assertThat(result).isEqualTo("written");
		assertThat(calls).hasValue(3);
	}

	@Test
	void afterTheLastAttemptTheWritesOwnFailureIsThrown() {
		AtomicInteger calls = new AtomicInteger();
		assertThatThrownBy(() -> this.reader.write(() -> {
			calls.incrementAndGet();
			throw new IllegalStateException("database away");
		})).isInstanceOf(IllegalStateException.class).hasMessage("database away");
		assertThat(calls).hasValue(3);
	}

	private static StandardEnvironment environment(int attempts) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("bindings",
					Map.of("spring.cloud.stream.default.consumer.max-attempts", attempts,
							"spring.cloud.stream.default.consumer.back-off-initial-interval", 1,
							"spring.cloud.stream.default.consumer.back-off-max-interval", 5)));
		return environment;
	}

}
