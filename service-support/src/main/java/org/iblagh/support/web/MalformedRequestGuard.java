package org.iblagh.support.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers requests the container cannot even read (an undecodable query parameter, a
 * header the firewall refuses) with a 400 problem instead of a 500. Found by the fuzz
 * test.
 */
public final class MalformedRequestGuard extends OncePerRequestFilter {

	public static void reject(HttpServletResponse response, String code) throws IOException {
		reject(response, 400, "Bad Request", code);
	}

	private static void reject(HttpServletResponse response, int status, String title, String code) throws IOException {
		ProblemWriter.write(response, status, title, code, "The request could not be read.");
	}

	private static boolean isWildcard(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return type.isWildcardType() || type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			// unreadable types are refused by Spring MVC itself, with a 415
			return false;
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && isWildcard(type)) {
			// a body must say what it is: Spring's message readers fail on "*/*" with an
			// IllegalArgumentException, a 500 (found by the abuse run)
			reject(response, 415, "Unsupported Media Type", "UNSUPPORTED_MEDIA_TYPE");
			return;
		}
		// multipart bodies are read later by the multipart resolver, with its own limits
		if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			try {
				request.getParameterMap();
			}
			catch (RuntimeException ex) {
				reject(response, "MALFORMED_PARAMETERS");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
