package org.iblagh.support.security;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * How callers of a stateless API prove who they are: HTTP Basic with the local users in
 * the local profile, OIDC bearer tokens in production ({@code iblagh.security.oidc}).
 * Each service keeps its own rules (which path needs which role) and only asks this for
 * the authentication mechanism, so the rules are the same in both.
 */
public interface ApiAuthentication {

	/**
	 * @param passwords checks user names and passwords or keys (HTTP Basic): the local
	 * users, and in some services the offices' keys, which production keeps
	 * @param entryPoint answers a request that carries no credentials
	 */
	void configure(HttpSecurity http, AuthenticationManager passwords, AuthenticationEntryPoint entryPoint)
			throws Exception;

	/** Whether callers present bearer tokens (production) rather than local users. */
	boolean usesTokens();

}
