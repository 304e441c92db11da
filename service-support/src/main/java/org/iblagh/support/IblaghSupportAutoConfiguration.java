package org.iblagh.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.iblagh.support.health.MongoPingHealthIndicator;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.metrics.MongoWriteCounter;
import org.iblagh.support.metrics.MongoWritesEndpoint;
import org.iblagh.support.messaging.EventPublisher;
import org.iblagh.support.messaging.DeadLetterPublisher;
import org.iblagh.support.messaging.EventBatchReader;
import org.iblagh.support.messaging.StatusEventFilter;
import org.iblagh.contracts.Topics;
import org.iblagh.support.process.ParentProcessWatchdog;
import org.iblagh.support.security.CachingAuthenticationProvider;
import org.iblagh.support.security.FailedLoginThrottle;
import org.iblagh.support.security.LocalUsersProperties;
import org.iblagh.support.web.MalformedRequestGuard;
import org.iblagh.support.web.ProblemHandler;
import org.iblagh.support.web.StrictJsonTypes;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.stream.config.ConsumerEndpointCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.integration.kafka.inbound.KafkaMessageDrivenChannelAdapter;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Wires what every service shares. Each service still declares its own security rules,
 * consumers and outbox collections.
 */
@AutoConfiguration
@EnableConfigurationProperties(LocalUsersProperties.class)
public class IblaghSupportAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	EventCodec eventCodec() {
		return new EventCodec();
	}

	@Bean
	@ConditionalOnMissingBean
	EventPublisher eventPublisher(@Value("${iblagh.kafka.brokers}") String brokers,
			@Value("${spring.application.name}") String serviceName, ObjectProvider<KafkaProperties> kafka) {
		// spring.kafka.properties.* (security.protocol, sasl.*, ssl.*) reach the outbox
		// producer
		// too, as they reach the binder, so both speak to a TLS/SASL cluster alike
		Map<String, Object> overrides = new HashMap<>();
		KafkaProperties properties = kafka.getIfAvailable();
		if (properties != null) {
			overrides.putAll(properties.getProperties());
		}
		return new EventPublisher(brokers, serviceName, overrides);
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	DeadLetterPublisher deadLetterPublisher(@Value("${iblagh.kafka.brokers}") String brokers,
			@Value("${spring.application.name}") String serviceName, ObjectProvider<KafkaProperties> kafka) {
		KafkaProperties properties = kafka.getIfAvailable();
		return new DeadLetterPublisher(brokers, serviceName,
				(properties != null) ? new HashMap<>(properties.getProperties()) : Map.of());
	}

	@Bean
	@ConditionalOnMissingBean
	EventBatchReader eventBatchReader(EventCodec codec, DeadLetterPublisher deadLetters, Environment environment) {
		return new EventBatchReader(codec, deadLetters, environment);
	}

	/**
	 * Filters {@code report.status.v1} on each service's consumer as
	 * {@code iblagh.messaging.status-events.*} says (see {@link StatusEventFilter}).
	 */
	@Bean
	@ConditionalOnMissingBean(ConsumerEndpointCustomizer.class)
	ConsumerEndpointCustomizer<KafkaMessageDrivenChannelAdapter<?, ?>> statusEventFiltering(
			@Value("${iblagh.messaging.status-events.statuses:}") Set<String> statuses,
			@Value("${iblagh.messaging.status-events.skip-statuses:}") Set<String> skipStatuses,
			@Value("${iblagh.messaging.status-events.skip-own:false}") boolean skipOwn,
			@Value("${spring.application.name}") String serviceName) {
		StatusEventFilter filter = new StatusEventFilter(statuses, skipStatuses,
				skipOwn ? "/iblagh/" + serviceName : null);
		return (adapter, destination, group) -> {
			if (Topics.REPORT_STATUS.equals(destination) && filter.filtersAnything()) {
				@SuppressWarnings({ "unchecked", "rawtypes" })
				KafkaMessageDrivenChannelAdapter<Object, Object> raw = (KafkaMessageDrivenChannelAdapter) adapter;
				raw.setRecordFilterStrategy(filter);
				// a dropped record counts as handled, so the group's offset moves on
				raw.setAckDiscarded(true);
			}
		};
	}

	@Bean
	ProblemHandler problemHandler() {
		return new ProblemHandler();
	}

	/**
	 * A request the firewall refuses (e.g. a header with forbidden characters) is a 400.
	 */
	@Bean
	@ConditionalOnMissingBean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, ex) -> MalformedRequestGuard.reject(response, "REQUEST_REJECTED");
	}

	@Bean
	FilterRegistrationBean<MalformedRequestGuard> malformedRequestGuard() {
		FilterRegistrationBean<MalformedRequestGuard> registration = new FilterRegistrationBean<>(
				new MalformedRequestGuard());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<FailedLoginThrottle> failedLoginThrottle(
			@Value("${iblagh.security.failed-logins.max-per-window:20}") int maxFailures,
			@Value("${iblagh.security.failed-logins.window:1m}") Duration window) {
		FilterRegistrationBean<FailedLoginThrottle> registration = new FilterRegistrationBean<>(
				new FailedLoginThrottle(maxFailures, window));
		// before Spring Security's chain, so a throttled request never reaches bcrypt
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean("mongoPing")
	MongoPingHealthIndicator mongoPingHealthIndicator(MongoTemplate mongo) {
		return new MongoPingHealthIndicator(mongo);
	}

	@Bean
	@ConditionalOnMissingBean
	UserDetailsService userDetailsService(LocalUsersProperties properties) {
		List<UserDetails> users = new ArrayList<>();
		properties.getUsers()
			.forEach((name,
					user) -> users.add(User.withUsername(name)
						.password(user.getPassword())
						.roles(user.getRoles().toArray(String[]::new))
						.build()));
		return new InMemoryUserDetailsManager(users);
	}

	@Bean
	@ConditionalOnMissingBean
	AuthenticationManager authenticationManager(UserDetailsService users) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return new ProviderManager(new CachingAuthenticationProvider(dao, Duration.ofMinutes(5)));
	}

	@Bean
	StrictJsonTypes strictJsonTypes() {
		return new StrictJsonTypes();
	}

	@Bean
	MongoWriteCounter mongoWriteCounter() {
		return new MongoWriteCounter();
	}

	@Bean
	MongoClientSettingsBuilderCustomizer mongoWriteCounting(MongoWriteCounter counter) {
		return (settings) -> settings.addCommandListener(counter);
	}

	@Bean
	MongoWritesEndpoint mongoWritesEndpoint(MongoWriteCounter counter) {
		return new MongoWritesEndpoint(counter);
	}

	@Bean
	ApplicationListener<ApplicationStartedEvent> parentProcessWatchdog() {
		return (event) -> ParentProcessWatchdog.watch(System.getProperty("iblagh.parent-pid"));
	}

}
