package org.iblagh.notification.office.security;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * HTTP Basic {@code <officeId>:<key>} (feed readers, EventSource, the office page's login
 * form). Names that are not offices go on to the next provider (local users).
 */
public class OfficeKeyAuthenticationProvider implements AuthenticationProvider {

	public static final String ROLE_OFFICE = "ROLE_OFFICE";

	private final OfficeCredentialStore credentials;

	public OfficeKeyAuthenticationProvider(OfficeCredentialStore credentials) {
		this.credentials = credentials;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String officeId = authentication.getName();
		if (!this.credentials.isOffice(officeId)) {
			return null;
		}
		Object key = authentication.getCredentials();
		if (key == null || !this.credentials.matches(officeId, key.toString())) {
			throw new BadCredentialsException("Bad office credentials");
		}
		return authenticated(officeId);
	}

	public static Authentication authenticated(String officeId) {
		return UsernamePasswordAuthenticationToken.authenticated(officeId, null,
				List.of(new SimpleGrantedAuthority(ROLE_OFFICE)));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
