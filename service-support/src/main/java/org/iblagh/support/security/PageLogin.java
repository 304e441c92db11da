package org.iblagh.support.security;

import org.springframework.security.authentication.AuthenticationManager;
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
	 * @param passwords checks the local form's user names and passwords (unused with
	 * single sign-on, whose own providers then do the work)
	 * @param localForm the login form the local profile shows (ignored with single
	 * sign-on)
	 */
	void configure(HttpSecurity http, AuthenticationManager passwords,
			Customizer<FormLoginConfigurer<HttpSecurity>> localForm) throws Exception;

	/** Whether people sign in at the OIDC provider rather than on a local form. */
	boolean isSingleSignOn();

	/**
	 * The sources a page's Content-Security-Policy {@code form-action} must allow:
	 * signing out with single sign-on redirects the logout form to the provider.
	 */
	default String formActionSources() {
		return "'self'";
	}

}
