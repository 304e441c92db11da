package org.iblagh.support.security.oidc;

import org.iblagh.support.security.ApiAuthentication;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Production API authentication: an OAuth2 resource server that accepts the realm's
 * signed JWTs (issuer, signature, expiry and audience checked by Spring Boot's decoder)
 * and maps them with {@link KeycloakJwtAuthenticationConverter}. A missing token gets the
 * service's entry point; a bad one a 401 with {@code WWW-Authenticate: Bearer
 * error="invalid_token"}. HTTP Basic stays only where a service enables it itself (the
 * offices' keys, for feed readers that cannot send a token).
 */
public class BearerApiAuthentication implements ApiAuthentication {

	private final AuthenticationManager tokens;

	public BearerApiAuthentication(JwtDecoder decoder) {
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
		provider.setJwtAuthenticationConverter(new KeycloakJwtAuthenticationConverter());
		this.tokens = new ProviderManager(provider);
	}

	@Override
	public void configure(HttpSecurity http, AuthenticationManager passwords, AuthenticationEntryPoint entryPoint)
			throws Exception {
		// tokens have their own manager: the service's (passwords, keys) never sees them
		http.authenticationManager(passwords)
			.oauth2ResourceServer((server) -> server.authenticationEntryPoint(new BearerTokenAuthenticationEntryPoint())
				.jwt((jwt) -> jwt.authenticationManager(this.tokens)))
			.exceptionHandling((e) -> e.authenticationEntryPoint(entryPoint));
	}

	@Override
	public boolean usesTokens() {
		return true;
	}

}
