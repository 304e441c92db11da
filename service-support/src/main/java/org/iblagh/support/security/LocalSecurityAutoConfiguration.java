package org.iblagh.support.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The local profile's authentication, used unless production sign-on
 * ({@code iblagh.security.oidc.enabled}) replaced it: HTTP Basic for APIs (users from
 * {@code iblagh.security.users}, verified once and cached) and a login form for pages.
 */
@AutoConfiguration(afterName = "org.iblagh.support.security.oidc.OidcSecurityAutoConfiguration")
public class LocalSecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ApiAuthentication basicApiAuthentication() {
		return new BasicApiAuthentication();
	}

	@Bean
	@ConditionalOnMissingBean
	PageLogin formPageLogin() {
		return new FormPageLogin();
	}

}
