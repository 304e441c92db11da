package org.iblagh.notification.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AbstractLocaleResolver;

/**
 * The office page is in Arabic unless {@code ?lang=fr}.
 */
@Configuration(proxyBeanMethods = false)
class PageLocaleConfig {

	@Bean
	LocaleResolver localeResolver() {
		return new AbstractLocaleResolver() {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return "fr".equals(request.getParameter("lang")) ? Locale.FRENCH : Locale.forLanguageTag("ar");
			}

			@Override
			public void setLocale(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
					Locale locale) {
			}

		};
	}

}
