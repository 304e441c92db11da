package org.iblagh.support.observability;

import java.time.Clock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.iblagh.support.messaging.OutboxRelay;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.function.context.catalog.FunctionAroundWrapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.iblagh.support.metrics.MongoWriteCounter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Metrics, trace propagation through Kafka and the logging context every service shares.
 * Runs before Spring Cloud Function's own observation wrapper, which steps aside when a
 * {@link FunctionAroundWrapper} exists (only one can wrap the functions).
 */
@AutoConfiguration(beforeName = "org.springframework.cloud.function.observability.ObservationAutoConfiguration")
@EnableConfigurationProperties(ReportCountsProperties.class)
public class ObservabilityAutoConfiguration {

	@Bean
	@ConditionalOnClass(FunctionAroundWrapper.class)
	ConsumedEventObservation consumedEventObservation(ObjectProvider<Tracer> tracer,
			ObjectProvider<Propagator> propagator, ObjectProvider<MeterRegistry> meters, Environment environment) {
		return new ConsumedEventObservation(tracer.getIfAvailable(() -> Tracer.NOOP),
				propagator.getIfAvailable(() -> Propagator.NOOP), meters.getIfAvailable(() -> Metrics.globalRegistry),
				environment, Clock.systemUTC());
	}

	/**
	 * {@code iblagh.outbox.pending{service}}: documents whose events wait for Kafka,
	 * summed over the service's outbox relays.
	 */
	@Bean
	MeterBinder outboxPendingGauge(ObjectProvider<OutboxRelay> relays, Environment environment) {
		String service = environment.getProperty("spring.application.name", "unknown");
		return (registry) -> Gauge
			.builder("iblagh.outbox.pending", relays,
					(all) -> all.orderedStream().mapToInt(OutboxRelay::pendingCount).sum())
			.description("Outbox documents whose events wait to be confirmed by Kafka")
			.tag("service", service)
			.strongReference(true)
			.register(registry);
	}

	/**
	 * {@code iblagh.mongo.writes{service,command,collection}}: write commands sent to
	 * MongoDB, the numbers the load generator divides by reports (the database is the
	 * ceiling on one machine).
	 */
	@Bean
	MeterBinder mongoWritesCounter(ObjectProvider<MongoWriteCounter> counter, Environment environment) {
		String service = environment.getProperty("spring.application.name", "unknown");
		return (registry) -> counter.ifAvailable((writes) -> writes.bindTo(registry, service));
	}

	@Bean
	@ConditionalOnProperty("iblagh.observability.report-counts.collection")
	ReportCounts reportCounts(MongoTemplate mongo, MeterRegistry meters, ReportCountsProperties properties) {
		return new ReportCounts(mongo, meters, properties);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(SecurityFilterChain.class)
	static class WebObservability {

		/**
		 * Prometheus scrapes without credentials, like the health checks; production
		 * keeps {@code /actuator/**} off the public ingress and admits only the
		 * monitoring namespace (see deploy/).
		 */
		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE)
		SecurityFilterChain prometheusScrape(HttpSecurity http) throws Exception {
			http.securityMatcher("/actuator/prometheus")
				.authorizeHttpRequests((auth) -> auth.anyRequest().permitAll())
				.csrf((csrf) -> csrf.disable())
				.requestCache((cache) -> cache.disable())
				.securityContext((context) -> context.disable())
				.sessionManagement((session) -> session.disable());
			return http.build();
		}

		@Bean
		WebMvcConfigurer reportIdLoggingContext() {
			return new WebMvcConfigurer() {
				@Override
				public void addInterceptors(InterceptorRegistry registry) {
					registry.addInterceptor(new ReportIdLoggingContext());
				}
			};
		}

	}

}
