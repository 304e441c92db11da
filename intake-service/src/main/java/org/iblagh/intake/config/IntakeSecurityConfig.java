package org.iblagh.intake.config;

import org.iblagh.support.security.ApiAuthentication;
import org.iblagh.support.security.ProblemAuthenticationEntryPoint;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The public API and portal need no account; only the audited identity look-up
 * ({@code /internal/**}) needs investigator credentials.
 */
@Configuration(proxyBeanMethods = false)
class IntakeSecurityConfig {

	@Bean
	SecurityFilterChain intakeSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			ApiAuthentication authentication) throws Exception {
		http.csrf((csrf) -> csrf.ignoringRequestMatchers("/api/**", "/internal/**"))
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((auth) -> auth.requestMatchers("/internal/**")
				.hasAnyRole("ANALYST", "SUPERVISOR")
				.anyRequest()
				.permitAll());
		// local users with Basic, or OIDC bearer tokens in production
		authentication.configure(http, authenticationManager, new ProblemAuthenticationEntryPoint());
		return http.build();
	}

}
