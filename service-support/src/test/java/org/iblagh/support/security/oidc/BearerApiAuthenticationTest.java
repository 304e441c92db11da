package org.iblagh.support.security.oidc;

import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A real decoder whose identity provider cannot be reached (nothing listens on port 1): a
 * well-formed token then cannot be checked, which is answered 503 with
 * {@code Retry-After}, not 500 and not 401; a malformed token is still a 401.
 */
class BearerApiAuthenticationTest {

	private final AuthenticationManager tokens = BearerApiAuthentication.tokenManager(new ProviderManager(
			new JwtAuthenticationProvider(NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:1/jwks").build())));

	@Test
	void aTokenThatCannotBeCheckedIsAnsweredServiceUnavailable() throws Exception {
		AuthenticationException failure = catchThrowableOfType(AuthenticationException.class,
				() -> this.tokens.authenticate(new BearerTokenAuthenticationToken(signedToken())));

		assertThat(failure).isInstanceOf(BearerApiAuthentication.IdentityProviderUnavailable.class);
		MockHttpServletResponse response = answer(failure);
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"code\":\"IDENTITY_PROVIDER_UNAVAILABLE\"");
	}

	@Test
	void aMalformedTokenIsStillUnauthorized() throws Exception {
		AuthenticationException failure = catchThrowableOfType(AuthenticationException.class,
				() -> this.tokens.authenticate(new BearerTokenAuthenticationToken("not-a-jwt")));

		assertThat(failure).isInstanceOf(InvalidBearerTokenException.class);
		MockHttpServletResponse response = answer(failure);
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader("WWW-Authenticate")).contains("error=\"invalid_token\"");
	}

	private static MockHttpServletResponse answer(AuthenticationException failure) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		BearerApiAuthentication.tokenEntryPoint().commence(new MockHttpServletRequest(), response, failure);
		return response;
	}

	private static String signedToken() throws Exception {
		RSAKey key = new RSAKeyGenerator(2048).keyID("test").generate();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(),
				new JWTClaimsSet.Builder().subject("analyst")
					.issuer("https://sso.example/realms/iblagh")
					.expirationTime(Date.from(Instant.now().plusSeconds(300)))
					.build());
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

}
