package org.iblagh.support.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;

/**
 * How a person signs in to a service's web pages: the service's own login form in the
 * local profile, single sign-on (OIDC authorization code) in production. Either way the
 * pages keep a session with CSRF protection.
 */
public interface PageLogin {

	/**
	 * @param localForm the login form the local profile shows (ignored with single
	 * sign-on)
	 */
	void configure(HttpSecurity http, Customizer<FormLoginConfigurer<HttpSecurity>> localForm) throws Exception;

	/** Whether people sign in at the OIDC provider rather than on a local form. */
	boolean isSingleSignOn();

}
