package org.iblagh.support.security.oidc;

import org.iblagh.support.security.ApiAuthentication;
import org.iblagh.support.security.PageLogin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Production sign-on, switched on by {@code iblagh.security.oidc.enabled=true} (the
 * {@code oidc} profile, which {@code prod} includes): every API becomes an OAuth2
 * resource server and every page signs in through the OIDC provider. The services' rules
 * do not change: they ask for {@link ApiAuthentication} and {@link PageLogin}, which the
 * local profile provides as HTTP Basic and a form.
 */
@AutoConfiguration(beforeName = "org.iblagh.support.IblaghSupportAutoConfiguration", afterName = {
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration" })
@ConditionalOnClass({ BearerTokenAuthenticationFilter.class, JwtDecoder.class })
@ConditionalOnProperty(prefix = "iblagh.security.oidc", name = "enabled", havingValue = "true")
public class OidcSecurityAutoConfiguration {

	@Bean
	ApiAuthentication bearerApiAuthentication(ObjectProvider<JwtDecoder> decoder) {
		JwtDecoder jwtDecoder = decoder.getIfAvailable();
		if (jwtDecoder == null) {
			// fail at start-up with the fix, not at the first request
			throw new IllegalStateException(
					"iblagh.security.oidc.enabled needs the token issuer: set IBLAGH_OIDC_ISSUER "
							+ "(spring.security.oauth2.resourceserver.jwt.issuer-uri / jwk-set-uri)");
		}
		return new BearerApiAuthentication(jwtDecoder);
	}

	/**
	 * People sign in only through the provider: the local users
	 * ({@code iblagh.security.users}) are ignored even where configured. Office keys,
	 * which some services check themselves, are not users and stay.
	 */
	@Bean
	UserDetailsService noLocalUsers() {
		return new InMemoryUserDetailsManager();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ClientRegistrationRepository.class)
	static class PageSingleSignOn {

		@Bean
		PageLogin singleSignOnPageLogin(ObjectProvider<ClientRegistrationRepository> registrations) {
			return new SingleSignOnPageLogin(registrations);
		}

		/** Only for services that call others with their own token. */
		@Bean
		@ConditionalOnProperty(prefix = "spring.security.oauth2.client.registration." + ServiceTokens.REGISTRATION,
				name = "client-id")
		ServiceTokens serviceTokens(ClientRegistrationRepository registrations,
				OAuth2AuthorizedClientService authorized) {
			return new ServiceTokens(registrations, authorized);
		}

	}

}
