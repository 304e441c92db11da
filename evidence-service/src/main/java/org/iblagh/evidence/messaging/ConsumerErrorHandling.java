package org.iblagh.evidence.messaging;

import java.util.Map;
import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.iblagh.contracts.Topics;
import org.iblagh.evidence.storage.StorageUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Bounded retries then the dead-letter topic {@code error.<topic>.evidence-service} for
 * events that cannot be processed, except when object storage is down: then the record is
 * not dead-lettered but sought back and redelivered once storage returns (the bindings
 * are paused meanwhile, see {@link StorageOutagePause}).
 */
@Configuration(proxyBeanMethods = false)
class ConsumerErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ConsumerErrorHandling.class);

	@Bean(destroyMethod = "destroy")
	DefaultKafkaProducerFactory<Object, Object> deadLetterProducerFactory(
			@Value("${iblagh.kafka.brokers}") String brokers) {
		return new DefaultKafkaProducerFactory<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
						ByteArraySerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
						ByteArraySerializer.class, ProducerConfig.CLIENT_ID_CONFIG, "evidence-service-dlq"));
	}

	@Bean
	ListenerContainerWithDlqAndRetryCustomizer evidenceErrorHandling(
			DefaultKafkaProducerFactory<Object, Object> deadLetterProducerFactory,
			@Value("${spring.application.name}") String group,
			@Value("${iblagh.evidence.consumer.retry-interval:300}") long retryInterval,
			@Value("${iblagh.evidence.consumer.max-retries:2}") long maxRetries) {
		KafkaTemplate<Object, Object> template = new KafkaTemplate<>(deadLetterProducerFactory);
		return new ListenerContainerWithDlqAndRetryCustomizer() {

			@Override
			public boolean retryAndDlqInBinding(String destination, String consumerGroup) {
				return false;
			}

			@Override
			public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName,
					String consumerGroup,
					BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
					BackOff backOff) {
				DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template,
						(record, ex) -> new TopicPartition(Topics.deadLetter(record.topic(), group), -1));
				ConsumerRecordRecoverer recoverer = (record, ex) -> {
					if (causedBy(ex, StorageUnavailableException.class)) {
						// not the event's fault: throwing makes the handler seek back, so
						// the record is redelivered once the bindings resume
						log.warn("Object storage unavailable; event on {} kept for later", record.topic());
						throw new IllegalStateException("Object storage unavailable", ex);
					}
					log.warn("Event on {} dead-lettered after retries: {}", record.topic(), rootMessage(ex));
					deadLetters.accept(record, ex);
				};
				DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
						new FixedBackOff(retryInterval, maxRetries));
				// a storage outage is retried slowly and forever (never dead-lettered)
				handler.setBackOffFunction((record, ex) -> causedBy(ex, StorageUnavailableException.class)
						? new FixedBackOff(2000, FixedBackOff.UNLIMITED_ATTEMPTS) : null);
				container.setCommonErrorHandler(handler);
			}

		};
	}

	static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName();
	}

}
