package org.iblagh.triage.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Two surfaces: {@code /api/**} is stateless HTTP Basic without CSRF (scripts and other
 * services), the console is a form-login session with CSRF protection. Only supervisors
 * read the audit log. The public statistics (page and JSON) need no login; their CSV
 * export does.
 */
@Configuration(proxyBeanMethods = false)
class TriageSecurityConfig {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "media-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; frame-ancestors 'none'; "
			+ "form-action 'self'";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
		http.securityMatcher("/api/**")
			.authenticationManager(authenticationManager)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic((basic) -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.exceptionHandling((e) -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.authorizeHttpRequests((auth) -> auth.requestMatchers("/api/v1/statistics")
				.permitAll()
				.requestMatchers("/api/v1/audit", "/api/v1/audit/**")
				.hasRole("SUPERVISOR")
				.anyRequest()
				.hasAnyRole("ANALYST", "SUPERVISOR"));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain consoleSecurity(HttpSecurity http, AuthenticationManager authenticationManager)
			throws Exception {
		http.authenticationManager(authenticationManager)
			.formLogin((form) -> form.loginPage("/console/login").defaultSuccessUrl("/console", false).permitAll())
			.logout((logout) -> logout.logoutUrl("/console/logout").logoutSuccessUrl("/console/login?logout"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.authorizeHttpRequests((auth) -> auth
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/console/login",
						"/console/assets/**", "/error", "/statistics", "/statistics/assets/**")
				.permitAll()
				.requestMatchers("/console/audit")
				.hasRole("SUPERVISOR")
				.anyRequest()
				.hasAnyRole("ANALYST", "SUPERVISOR"));
		return http.build();
	}

}
