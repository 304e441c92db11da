package org.iblagh.notification.office.security;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.servlet.DispatcherType;

import org.iblagh.notification.office.OfficeDirectory;
import org.iblagh.support.office.OfficeKeys;
import org.iblagh.support.security.ApiAuthentication;
import org.iblagh.support.security.CachingAuthenticationProvider;
import org.iblagh.support.security.PageLogin;
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
 * {@code officeId:key}) in every profile, and with an OIDC client-credentials token in
 * production; people with HTTP Basic (local users) or a bearer token (production). An
 * office's token is named by its office, as a key is, so {@link OfficeAccess} decides the
 * same way for both. The API and feeds are stateless without CSRF; the office page uses a
 * login session with CSRF.
 */
@Configuration(proxyBeanMethods = false)
class OfficeSecurityConfig {

	private static final Logger log = LoggerFactory.getLogger(OfficeSecurityConfig.class);

	@Bean
	OfficeKeys officeKeys(@Value("${iblagh.offices.key-secret}") String secret) {
		return new OfficeKeys(secret);
	}

	@Bean
	OfficeCredentialStore officeCredentialStore(MongoTemplate mongo) {
		return new OfficeCredentialStore(mongo);
	}

	@Bean
	OfficeCredentialSync officeCredentialSync(OfficeCredentialStore store, OfficeDirectory offices, OfficeKeys keys) {
		return new OfficeCredentialSync(store, offices, keys);
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
			OfficeCredentialStore credentials, ApiAuthentication authentication) throws Exception {
		BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
		entryPoint.setRealmName("Iblagh offices");
		entryPoint.afterPropertiesSet();
		http.securityMatcher("/api/**", "/feeds/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new ApiKeyAuthenticationFilter(credentials), BasicAuthenticationFilter.class)
			// an event stream ends on an async dispatch that carries no credentials: the
			// request was authorised when the stream opened
			.authorizeHttpRequests((auth) -> auth.dispatcherTypeMatchers(DispatcherType.ASYNC)
				.permitAll()
				.requestMatchers("/api/v1/webhooks/dead-letters/**")
				.hasRole("SUPERVISOR")
				.anyRequest()
				.authenticated());
		// local users (Basic) or OIDC tokens (production); office keys work in both,
		// since
		// feed readers and EventSource cannot send a token
		authentication.configure(http, authenticationManager, entryPoint);
		http.httpBasic((basic) -> basic.authenticationEntryPoint(entryPoint));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, AuthenticationManager authenticationManager, PageLogin login)
			throws Exception {
		http.logout((logout) -> logout.logoutUrl("/office/logout").logoutSuccessUrl("/office/login"))
			.authorizeHttpRequests((auth) -> auth.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
				.permitAll()
				.requestMatchers("/office/**")
				.hasRole("OFFICE")
				.anyRequest()
				.denyAll());
		// the office's id and key on a form (local), or single sign-on with the office's
		// account, whose group names the office (production)
		login.configure(http, authenticationManager,
				(form) -> form.loginPage("/office/login")
					.usernameParameter("officeId")
					.passwordParameter("key")
					.defaultSuccessUrl("/office", true)
					.permitAll());
		return http.build();
	}

}
