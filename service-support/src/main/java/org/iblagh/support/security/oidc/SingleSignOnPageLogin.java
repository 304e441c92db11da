package org.iblagh.support.security.oidc;

import java.net.URI;

import org.iblagh.support.security.PageLogin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;

/**
 * Production page login: OIDC authorization code at the provider (the service's client
 * registration), roles and name from {@link KeycloakOidcUserService}; signing out also
 * ends the provider's session and comes back to the service.
 */
public class SingleSignOnPageLogin implements PageLogin {

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	private final KeycloakOidcUserService users = new KeycloakOidcUserService();

	public SingleSignOnPageLogin(ObjectProvider<ClientRegistrationRepository> registrations) {
		this.registrations = registrations;
	}

	@Override
	public void configure(HttpSecurity http, AuthenticationManager passwords,
			Customizer<FormLoginConfigurer<HttpSecurity>> localForm) throws Exception {
		// no http.authenticationManager(passwords): oauth2Login registers its own
		// providers
		// (authorization code, ID token) and the chain must use them. Only services with
		// pages need a login client: ask for it here, not at start-up.
		ClientRegistrationRepository repository = this.registrations.getIfAvailable();
		if (repository == null) {
			throw new IllegalStateException("Single sign-on for the pages needs a login client: set "
					+ "spring.security.oauth2.client.registration.keycloak.* (docs/operations.md, OIDC)");
		}
		OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(repository);
		logout.setPostLogoutRedirectUri("{baseUrl}");
		// the realm's clients require PKCE (S256), confidential or not
		DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(repository,
				OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		http.oauth2Login((login) -> login.clientRegistrationRepository(repository)
			.authorizationEndpoint((endpoint) -> endpoint.authorizationRequestResolver(requests))
			.userInfoEndpoint((info) -> info.oidcUserService(this.users)))
			.logout((out) -> out.logoutSuccessHandler(logout));
	}

	@Override
	public String formActionSources() {
		StringBuilder sources = new StringBuilder("'self'");
		if (this.registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object registration : all) {
				String uri = ((ClientRegistration) registration).getProviderDetails().getAuthorizationUri();
				if (uri == null || uri.isBlank()) {
					// a client-credentials registration: no browser goes there
					continue;
				}
				URI authorization = URI.create(uri);
				sources.append(' ')
					.append(authorization.getScheme())
					.append("://")
					.append(authorization.getAuthority());
			}
		}
		return sources.toString();
	}

	@Override
	public boolean isSingleSignOn() {
		return true;
	}

}
