package org.iblagh.routing.config;

import org.iblagh.support.security.ApiAuthentication;
import org.iblagh.support.security.ProblemAuthenticationEntryPoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Routing is internal: reading the map and the decisions needs no credentials in the
 * local profile (API.md); changing a decision is for supervisors only.
 */
@Configuration(proxyBeanMethods = false)
class RoutingSecurityConfig {

	@Bean
	SecurityFilterChain routingSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			ApiAuthentication authentication) throws Exception {
		// local users with Basic, or OIDC bearer tokens in production
		authentication.configure(http, authenticationManager, new ProblemAuthenticationEntryPoint());
		http.csrf((csrf) -> csrf.ignoringRequestMatchers("/api/**"))
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((auth) -> auth.requestMatchers(HttpMethod.POST, "/api/v1/routings/*/override")
				.hasRole("SUPERVISOR")
				.requestMatchers(HttpMethod.GET, "/api/v1/jurisdictions/**", "/api/v1/routings/**", "/actuator/health",
						"/actuator/health/**", "/actuator/info", "/error")
				.permitAll()
				.anyRequest()
				.denyAll());
		return http.build();
	}

}
