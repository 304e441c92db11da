package org.iblagh.support.security;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;

/** The local profile's API authentication: HTTP Basic with the local users. */
public class BasicApiAuthentication implements ApiAuthentication {

	@Override
	public void configure(HttpSecurity http, AuthenticationManager passwords, AuthenticationEntryPoint entryPoint)
			throws Exception {
		http.authenticationManager(passwords)
			.httpBasic((basic) -> basic.authenticationEntryPoint(entryPoint))
			.exceptionHandling((e) -> e.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(new ProblemAccessDeniedHandler()));
	}

	@Override
	public boolean usesTokens() {
		return false;
	}

}
