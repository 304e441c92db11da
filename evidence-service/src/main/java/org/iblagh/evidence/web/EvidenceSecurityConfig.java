package org.iblagh.evidence.web;

import java.time.Duration;

import jakarta.servlet.DispatcherType;
import org.iblagh.evidence.item.ReportStore;
import org.iblagh.support.office.OfficeKeys;
import org.iblagh.support.security.ApiAuthentication;
import org.iblagh.support.security.CachingAuthenticationProvider;
import org.iblagh.support.security.ProblemAuthenticationEntryPoint;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Investigators (ANALYST, SUPERVISOR) see evidence; offices only export the reports
 * routed to them; supervisors alone place legal holds and reload hash lists.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceSecurityConfig {

	@Bean
	OfficeKeys officeKeys(@Value("${iblagh.offices.key-secret}") String secret) {
		return new OfficeKeys(secret);
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, OfficeKeys officeKeys) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return new ProviderManager(OfficeCredentials.basicProvider(officeKeys),
				new CachingAuthenticationProvider(dao, Duration.ofMinutes(5)));
	}

	@Bean
	SecurityFilterChain evidenceSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			OfficeKeys officeKeys, ReportStore reports, ApiAuthentication authentication) throws Exception {
		AuthenticationEntryPoint unauthorized = new ProblemAuthenticationEntryPoint();
		// local users with Basic, or OIDC bearer tokens in production; offices' keys
		// (Basic officeId:key, X-Api-Key) work in both
		authentication.configure(http, authenticationManager, unauthorized);
		http.csrf((csrf) -> csrf.ignoringRequestMatchers("/api/**"))
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic((basic) -> basic.authenticationEntryPoint(unauthorized))
			.addFilterBefore(OfficeCredentials.apiKeyFilter(officeKeys, reports), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(
					// a streamed download finishes on an async dispatch: the request was
					// authorised when it started
					(auth) -> auth.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
						.permitAll()
						.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
						.permitAll()
						.requestMatchers("/error")
						.permitAll()
						.requestMatchers("/api/v1/reports/*/export")
						.hasAnyRole("ANALYST", "SUPERVISOR", "OFFICE")
						.requestMatchers("/api/v1/reports/*/legal-hold", "/api/v1/hash-lists/**")
						.hasRole("SUPERVISOR")
						// the console's fetch for its investigators, who are audited
						// there
						.requestMatchers(HttpMethod.GET, "/api/v1/evidence/*/preview")
						.hasAnyRole("ANALYST", "SUPERVISOR", "EVIDENCE_PREVIEW")
						.requestMatchers("/api/**")
						.hasAnyRole("ANALYST", "SUPERVISOR")
						.anyRequest()
						.denyAll());
		return http.build();
	}

}
