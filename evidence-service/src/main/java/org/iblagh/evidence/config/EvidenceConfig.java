package org.iblagh.evidence.config;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.minio.MinioClient;
import org.iblagh.evidence.export.ReportExporter;
import org.iblagh.evidence.inspection.RetentionPolicy;
import org.iblagh.evidence.item.CustodyLog;
import org.iblagh.evidence.item.ItemStore;
import org.iblagh.evidence.item.ReportStore;
import org.iblagh.evidence.messaging.StorageOutagePause;
import org.iblagh.evidence.retention.RetentionService;
import org.iblagh.evidence.securing.FileSecurer;
import org.iblagh.evidence.securing.HashLists;
import org.iblagh.evidence.securing.ReportSecuring;
import org.iblagh.evidence.storage.EvidenceStore;
import org.iblagh.evidence.storage.S3Properties;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.messaging.EventPublisher;
import org.iblagh.support.messaging.OutboxRelay;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Wires the plain-Java parts of evidence-service to MongoDB, S3 and Kafka.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({ EvidenceProperties.class, S3Properties.class })
class EvidenceConfig {

	static final String S3 = "s3";

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	MinioClient minioClient(S3Properties properties) {
		return MinioClient.builder()
			.endpoint(properties.endpoint())
			.credentials(properties.accessKey(), properties.secretKey())
			.region("us-east-1")
			.build();
	}

	@Bean
	CircuitBreaker s3CircuitBreaker(CircuitBreakerRegistry registry) {
		return registry.circuitBreaker(S3);
	}

	@Bean
	Retry s3Retry(RetryRegistry registry) {
		return registry.retry(S3);
	}

	@Bean
	EvidenceStore evidenceStore(MinioClient minio, S3Properties properties, CircuitBreaker s3CircuitBreaker,
			Retry s3Retry, Clock clock) {
		return new EvidenceStore(minio, properties, s3CircuitBreaker, s3Retry, clock);
	}

	@Bean
	StorageOutagePause storageOutagePause(CircuitBreaker s3CircuitBreaker, BindingsLifecycleController bindings) {
		return new StorageOutagePause(s3CircuitBreaker, bindings);
	}

	@Bean
	ItemStore itemStore(MongoTemplate mongo) {
		return new ItemStore(mongo);
	}

	@Bean
	CustodyLog custodyLog(MongoTemplate mongo, Clock clock) {
		return new CustodyLog(mongo, clock);
	}

	@Bean
	OutboxRelay outboxRelay(MongoTemplate mongo, EventPublisher publisher) {
		return new OutboxRelay(mongo, publisher, List.of(ReportStore.COLLECTION), Duration.ofMinutes(5));
	}

	@Bean
	ReportStore reportStore(MongoTemplate mongo, OutboxRelay relay) {
		return new ReportStore(mongo, relay);
	}

	@Bean
	ApplicationListener<ApplicationStartedEvent> evidenceIndexes(ItemStore items, CustodyLog custody) {
		return (event) -> {
			items.createIndexes();
			custody.createIndexes();
		};
	}

	@Bean
	HashLists hashLists(EvidenceProperties properties) {
		return new HashLists(properties.hashLists(), properties.pdqThreshold());
	}

	@Bean
	HashListWatcher hashListWatcher(HashLists hashLists) {
		return new HashListWatcher(hashLists);
	}

	@Bean
	FileSecurer fileSecurer(EvidenceStore store, ItemStore items, CustodyLog custody, HashLists hashLists,
			EvidenceProperties properties, Clock clock) {
		return new FileSecurer(store, items, custody, hashLists, properties.pdqThreshold(),
				properties.initialRetention(), clock);
	}

	@Bean
	ReportSecuring reportSecuring(FileSecurer files, ItemStore items, ReportStore reports, EventCodec codec,
			Clock clock) {
		return new ReportSecuring(files, items, reports, codec, clock);
	}

	@Bean
	RetentionService retentionService(ReportStore reports, ItemStore items, CustodyLog custody, EvidenceStore store,
			EvidenceProperties properties, Clock clock) {
		return new RetentionService(reports, items, custody, store, new RetentionPolicy(
				properties.retentionAfterDismissal(), properties.retentionAfterClosure(), Duration.ZERO), clock);
	}

	@Bean
	ReportExporter reportExporter(ItemStore items, CustodyLog custody, EvidenceStore store, Clock clock) {
		return new ReportExporter(items, custody, store, clock);
	}

	/** Reloads the hash lists when one of their files changes. */
	static class HashListWatcher {

		private final HashLists hashLists;

		HashListWatcher(HashLists hashLists) {
			this.hashLists = hashLists;
		}

		@Scheduled(fixedDelayString = "${iblagh.evidence.hash-list-check:PT1M}")
		void check() {
			this.hashLists.reloadIfChanged();
		}

	}

}
