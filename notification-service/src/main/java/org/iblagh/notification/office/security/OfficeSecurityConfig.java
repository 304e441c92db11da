package org.iblagh.notification.office.security;

import java.nio.file.Path;
import java.time.Duration;

import org.iblagh.notification.office.OfficeDirectory;
import org.iblagh.support.office.OfficeKeys;
import org.iblagh.support.security.CachingAuthenticationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Offices authenticate with their key ({@code X-Api-Key} or HTTP Basic
 * {@code officeId:key}); the local users (analyst, supervisor) with HTTP Basic. The API
 * and feeds are stateless without CSRF; the office page uses a login session with CSRF.
 */
@Configuration(proxyBeanMethods = false)
class OfficeSecurityConfig {

	private static final Logger log = LoggerFactory.getLogger(OfficeSecurityConfig.class);

	@Bean
	OfficeKeys officeKeys(@Value("${iblagh.offices.key-secret}") String secret) {
		return new OfficeKeys(secret);
	}

	@Bean
	OfficeCredentialStore officeCredentialStore(MongoTemplate mongo, OfficeDirectory offices, OfficeKeys keys) {
		OfficeCredentialStore store = new OfficeCredentialStore(mongo);
		store.sync(offices, keys);
		return store;
	}

	@Bean
	ApplicationListener<ApplicationStartedEvent> officeKeyFile(OfficeDirectory offices, OfficeKeys keys,
			@Value("${iblagh.offices.write-key-file:false}") boolean write,
			@Value("${iblagh.data-dir:./.iblagh}") String dataDir) {
		return (event) -> {
			if (write) {
				Path file = OfficeKeyFile.write(Path.of(dataDir), offices, keys);
				log.info("Office keys of the local profile written to {}", file.toAbsolutePath());
			}
		};
	}

	@Bean
	AuthenticationManager authenticationManager(OfficeCredentialStore credentials, UserDetailsService users) {
		DaoAuthenticationProvider localUsers = new DaoAuthenticationProvider(users);
		localUsers.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return new ProviderManager(new CachingAuthenticationProvider(new OfficeKeyAuthenticationProvider(credentials),
				Duration.ofMinutes(5)), new CachingAuthenticationProvider(localUsers, Duration.ofMinutes(5)));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			OfficeCredentialStore credentials) throws Exception {
		BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
		entryPoint.setRealmName("Iblagh offices");
		entryPoint.afterPropertiesSet();
		http.securityMatcher("/api/**", "/feeds/**")
			.authenticationManager(authenticationManager)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new ApiKeyAuthenticationFilter(credentials), BasicAuthenticationFilter.class)
			.httpBasic((basic) -> basic.authenticationEntryPoint(entryPoint))
			.exceptionHandling((e) -> e.authenticationEntryPoint(entryPoint))
			.authorizeHttpRequests((auth) -> auth.requestMatchers("/api/v1/webhooks/dead-letters/**")
				.hasRole("SUPERVISOR")
				.anyRequest()
				.authenticated());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
		http.authenticationManager(authenticationManager)
			.formLogin((form) -> form.loginPage("/office/login")
				.usernameParameter("officeId")
				.passwordParameter("key")
				.defaultSuccessUrl("/office", true)
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/office/logout").logoutSuccessUrl("/office/login"))
			.authorizeHttpRequests((auth) -> auth.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
				.permitAll()
				.requestMatchers("/office/**")
				.hasRole("OFFICE")
				.anyRequest()
				.denyAll());
		return http.build();
	}

}
