package org.iblagh.triage.config;

import org.iblagh.support.security.ApiAuthentication;
import org.iblagh.support.security.PageLogin;
import org.iblagh.support.security.ProblemAuthenticationEntryPoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two surfaces: {@code /api/**} is stateless without CSRF (scripts and other services),
 * the console is a login session with CSRF protection. Only supervisors read the audit
 * log. How callers authenticate depends on the profile ({@link ApiAuthentication},
 * {@link PageLogin}: local users with Basic and a form, or OIDC tokens and single sign-on
 * in production); the rules below are the same in both. The public statistics (page and
 * JSON) need no login; their CSV export does.
 */
@Configuration(proxyBeanMethods = false)
class TriageSecurityConfig {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "media-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; frame-ancestors 'none'; "
			+ "form-action ";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			ApiAuthentication authentication) throws Exception {
		http.securityMatcher("/api/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((auth) -> auth.requestMatchers("/api/v1/statistics")
				.permitAll()
				.requestMatchers("/api/v1/audit", "/api/v1/audit/**")
				.hasRole("SUPERVISOR")
				.anyRequest()
				.hasAnyRole("ANALYST", "SUPERVISOR"));
		authentication.configure(http, authenticationManager, new ProblemAuthenticationEntryPoint());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain consoleSecurity(HttpSecurity http, AuthenticationManager authenticationManager, PageLogin login)
			throws Exception {
		http.logout((logout) -> logout.logoutUrl("/console/logout").logoutSuccessUrl("/console/login?logout"))
			.headers((headers) -> headers.contentSecurityPolicy(
					(csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY + login.formActionSources())))
			.authorizeHttpRequests((auth) -> auth
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/console/login",
						"/console/assets/**", "/error", "/statistics", "/statistics/assets/**")
				.permitAll()
				.requestMatchers("/console/audit")
				.hasRole("SUPERVISOR")
				.anyRequest()
				.hasAnyRole("ANALYST", "SUPERVISOR"));
		login.configure(http, authenticationManager,
				(form) -> form.loginPage("/console/login").defaultSuccessUrl("/console", false).permitAll());
		return http.build();
	}

}
