package org.iblagh.support.security.oidc;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the OIDC provider gets the same roles and name as a bearer
 * token with the same claims (ID token and user info together), so the pages apply the
 * same rules as the API.
 */
public class KeycloakOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OAuth2UserService<OidcUserRequest, OidcUser> delegate;

	public KeycloakOidcUserService() {
		this(new OidcUserService());
	}

	KeycloakOidcUserService(OAuth2UserService<OidcUserRequest, OidcUser> delegate) {
		this.delegate = delegate;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		OidcUser user = this.delegate.loadUser(request);
		Collection<GrantedAuthority> authorities = AuthorityUtils
			.createAuthorityList(KeycloakClaims.authorities(user.getClaims()));
		return new NamedOidcUser(authorities, user, KeycloakClaims.principalName(user.getClaims()));
	}

	/** An OIDC user whose name is the platform's principal name, not a raw claim. */
	static final class NamedOidcUser extends DefaultOidcUser {

		private final String name;

		NamedOidcUser(Collection<GrantedAuthority> authorities, OidcUser user, String name) {
			super(authorities, user.getIdToken(), user.getUserInfo());
			this.name = name;
		}

		@Override
		public String getName() {
			return this.name;
		}

		@Override
		public boolean equals(Object other) {
			return super.equals(other) && this.name.equals(((NamedOidcUser) other).name);
		}

		@Override
		public int hashCode() {
			return 31 * super.hashCode() + this.name.hashCode();
		}

	}

}
