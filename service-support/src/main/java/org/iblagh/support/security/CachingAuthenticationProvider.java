package org.iblagh.support.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Verifies a password hash once, then remembers the verified principal for a few minutes
 * under a digest of the credentials, so a stateless API does not pay a slow password hash
 * on every request. A changed or wrong password never matches the cached digest.
 */
public class CachingAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final Cache<String, Authentication> verified;

	public CachingAuthenticationProvider(AuthenticationProvider delegate, Duration ttl) {
		this.delegate = delegate;
		this.verified = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		Object credentials = authentication.getCredentials();
		if (credentials == null) {
			return this.delegate.authenticate(authentication);
		}
		String key = CredentialDigest.of(authentication.getName() + '\u0000' + credentials);
		Authentication cached = this.verified.getIfPresent(key);
		if (cached != null) {
			return cached;
		}
		Authentication result = this.delegate.authenticate(authentication);
		if (result != null && result.isAuthenticated()) {
			this.verified.put(key, result);
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
