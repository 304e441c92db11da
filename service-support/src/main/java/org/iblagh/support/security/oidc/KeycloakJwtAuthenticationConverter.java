package org.iblagh.support.security.oidc;

import java.util.Collection;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A bearer token of the {@code iblagh} realm becomes {@code ROLE_ANALYST},
 * {@code ROLE_SUPERVISOR} or {@code ROLE_OFFICE}, named by {@link KeycloakClaims}: an
 * office's client-credentials token is named by its office id.
 */
public class KeycloakJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		Collection<GrantedAuthority> authorities = AuthorityUtils
			.createAuthorityList(KeycloakClaims.authorities(jwt.getClaims()));
		return new JwtAuthenticationToken(jwt, authorities, KeycloakClaims.principalName(jwt.getClaims()));
	}

}
