package org.iblagh.support.security.oidc;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * A service's own token for calling another service (client credentials of the realm's
 * {@code iblagh-services} client, e.g. the console fetching evidence previews). The token
 * is kept until it expires, so a call costs a token request only every few minutes.
 */
public class ServiceTokens {

	/**
	 * The registration id services use
	 * ({@code spring.security.oauth2.client.registration.*}).
	 */
	public static final String REGISTRATION = "iblagh-services";

	private static final Authentication SERVICE = new AnonymousAuthenticationToken("iblagh-service", "iblagh-service",
			AuthorityUtils.createAuthorityList("ROLE_SERVICE"));

	private final AuthorizedClientServiceOAuth2AuthorizedClientManager clients;

	public ServiceTokens(ClientRegistrationRepository registrations, OAuth2AuthorizedClientService authorized) {
		this.clients = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorized);
	}

	/** {@code Authorization} header value with a current token. */
	public String authorizationHeader() {
		OAuth2AuthorizedClient client = this.clients
			.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION).principal(SERVICE).build());
		if (client == null) {
			throw new IllegalStateException("No token for client " + REGISTRATION);
		}
		return "Bearer " + client.getAccessToken().getTokenValue();
	}

}
