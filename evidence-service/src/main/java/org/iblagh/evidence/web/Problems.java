package org.iblagh.evidence.web;

import org.iblagh.support.web.ApiException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Client errors with their text from the message bundles (ar, fr, en), in the language
 * the client asked for.
 */
@Component
class Problems {

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	ApiException of(HttpStatus status, String code) {
		String text = this.messages.getMessage("problem." + code, null, code, LocaleContextHolder.getLocale());
		return new ApiException(status, code, text);
	}

}
