package org.iblagh.support.security;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;

/** The local profile's page login: the service's own form. */
public class FormPageLogin implements PageLogin {

	@Override
	public void configure(HttpSecurity http, AuthenticationManager passwords,
			Customizer<FormLoginConfigurer<HttpSecurity>> localForm) throws Exception {
		http.authenticationManager(passwords).formLogin(localForm);
	}

	@Override
	public boolean isSingleSignOn() {
		return false;
	}

}
