package org.iblagh.support.security.oidc;

import org.iblagh.support.security.PageLogin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

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
	public void configure(HttpSecurity http, Customizer<FormLoginConfigurer<HttpSecurity>> localForm) throws Exception {
		// only services with pages need a login client: ask for it here, not at start-up
		ClientRegistrationRepository repository = this.registrations.getIfAvailable();
		if (repository == null) {
			throw new IllegalStateException("Single sign-on for the pages needs a login client: set "
					+ "spring.security.oauth2.client.registration.keycloak.* (docs/operations.md, OIDC)");
		}
		OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(repository);
		logout.setPostLogoutRedirectUri("{baseUrl}");
		http.oauth2Login((login) -> login.clientRegistrationRepository(repository)
			.userInfoEndpoint((info) -> info.oidcUserService(this.users)))
			.logout((out) -> out.logoutSuccessHandler(logout));
	}

	@Override
	public boolean isSingleSignOn() {
		return true;
	}

}
