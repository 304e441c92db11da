package org.iblagh.triage.statistics;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The public page's language comes from {@code ?lang=ar|fr|en} alone (Arabic by default),
 * for this request only: unlike the console, an anonymous visitor gets no cookie, so the
 * page stays cacheable and leaves nothing behind. The console's cookie resolver answers
 * the locale stored under its request attribute before reading any cookie.
 */
class PublicPageLanguage implements HandlerInterceptor {

	static final Set<String> LANGUAGES = Set.of("ar", "fr", "en");

	static Locale of(String lang) {
		return Locale.forLanguageTag((lang != null && LANGUAGES.contains(lang)) ? lang : "ar");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, of(request.getParameter("lang")));
		return true;
	}

}
