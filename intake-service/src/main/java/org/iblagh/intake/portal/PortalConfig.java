package org.iblagh.intake.portal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class PortalConfig {

	@Bean
	PortalLanguages portalLanguages() {
		return PortalLanguages.fromClasspath();
	}

	/**
	 * The language comes from {@code ?lang=} only, Arabic otherwise: no cookie and no
	 * session remember it, so nothing identifies a visitor between requests.
	 */
	@Bean
	LocaleResolver localeResolver(PortalLanguages languages) {
		return new LocaleResolver() {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				try {
					return languages.resolve(request.getParameter("lang")).locale();
				}
				catch (RuntimeException ex) {
					// an undecodable query string: the default language, the request
					// itself is refused elsewhere
					return languages.resolve(null).locale();
				}
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				throw new UnsupportedOperationException("The language is chosen with ?lang=");
			}

		};
	}

}
