package org.iblagh.support.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers requests the container cannot even read (an undecodable query parameter, a
 * header the firewall refuses) with a 400 problem instead of a 500. Found by the fuzz
 * test.
 */
public final class MalformedRequestGuard extends OncePerRequestFilter {

	public static void reject(HttpServletResponse response, String code) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(400);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":"
					+ "\"The request could not be read.\",\"code\":\"" + code + "\"}");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
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
