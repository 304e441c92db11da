package org.iblagh.support.security.oidc;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.iblagh.support.security.ApiAuthentication;
import org.iblagh.support.security.ProblemAccessDeniedHandler;
import org.iblagh.support.web.ProblemWriter;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Production API authentication: an OAuth2 resource server that accepts the realm's
 * signed JWTs (issuer, signature, expiry and audience checked by Spring Boot's decoder)
 * and maps them with {@link KeycloakJwtAuthenticationConverter}. A missing token gets the
 * service's entry point; a bad one a 401 with {@code WWW-Authenticate: Bearer
 * error="invalid_token"}; a token that cannot be checked because the identity provider's
 * keys cannot be read (it is down or slow) a 503 with {@code Retry-After}, not a 500 and
 * not a 401 (the token may well be good). HTTP Basic stays only where a service enables
 * it itself (the offices' keys, for feed readers that cannot send a token).
 */
public class BearerApiAuthentication implements ApiAuthentication {

	static final int RETRY_AFTER_SECONDS = 5;

	private final AuthenticationManager tokens;

	public BearerApiAuthentication(JwtDecoder decoder) {
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
		provider.setJwtAuthenticationConverter(new KeycloakJwtAuthenticationConverter());
		this.tokens = tokenManager(new ProviderManager(provider));
	}

	/**
	 * The provider reports a bad token as an {@code InvalidBearerTokenException} and
	 * anything else that stopped the check (the key set unreadable) as an
	 * {@link AuthenticationServiceException}, which Spring Security's filter rethrows: a
	 * 500. Naming it here lets the entry point answer it.
	 */
	static AuthenticationManager tokenManager(AuthenticationManager provider) {
		return (authentication) -> {
			try {
				return provider.authenticate(authentication);
			}
			catch (AuthenticationServiceException ex) {
				throw new IdentityProviderUnavailable(ex);
			}
		};
	}

	static AuthenticationEntryPoint tokenEntryPoint() {
		BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
		return (request, response, failure) -> {
			if (failure instanceof IdentityProviderUnavailable) {
				unavailable(response);
			}
			else {
				bearer.commence(request, response, failure);
			}
		};
	}

	private static void unavailable(HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		ProblemWriter.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable",
				"IDENTITY_PROVIDER_UNAVAILABLE",
				"The access token cannot be checked now: the identity provider's keys are unreachable. "
						+ "Try again shortly.");
	}

	@Override
	public void configure(HttpSecurity http, AuthenticationManager passwords, AuthenticationEntryPoint entryPoint)
			throws Exception {
		// tokens have their own manager: the service's (passwords, keys) never sees them
		http.authenticationManager(passwords)
			.oauth2ResourceServer((server) -> server.authenticationEntryPoint(tokenEntryPoint())
				.jwt((jwt) -> jwt.authenticationManager(this.tokens)))
			.exceptionHandling((e) -> e.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(new ProblemAccessDeniedHandler()));
	}

	@Override
	public boolean usesTokens() {
		return true;
	}

	/** The token could not be checked, through no fault of its own. */
	static final class IdentityProviderUnavailable extends AuthenticationException {

		IdentityProviderUnavailable(AuthenticationServiceException cause) {
			super("Identity provider unavailable: " + cause.getMessage(), cause);
		}

	}

}
