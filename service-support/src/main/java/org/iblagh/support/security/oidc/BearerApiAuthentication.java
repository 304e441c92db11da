package org.iblagh.support.security.oidc;

import org.iblagh.support.security.ApiAuthentication;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Production API authentication: an OAuth2 resource server that accepts the realm's
 * signed JWTs (issuer, signature, expiry and audience checked by Spring Boot's decoder)
 * and maps them with {@link KeycloakJwtAuthenticationConverter}. A missing token gets the
 * service's entry point; a bad one a 401 with {@code WWW-Authenticate: Bearer
 * error="invalid_token"}.
 */
public class BearerApiAuthentication implements ApiAuthentication {

	private final KeycloakJwtAuthenticationConverter converter = new KeycloakJwtAuthenticationConverter();

	@Override
	public void configure(HttpSecurity http, AuthenticationEntryPoint entryPoint) throws Exception {
		http.oauth2ResourceServer((server) -> server.authenticationEntryPoint(new BearerTokenAuthenticationEntryPoint())
			.jwt((jwt) -> jwt.jwtAuthenticationConverter(this.converter)))
			.exceptionHandling((e) -> e.authenticationEntryPoint(entryPoint));
	}

	@Override
	public boolean usesTokens() {
		return true;
	}

}
