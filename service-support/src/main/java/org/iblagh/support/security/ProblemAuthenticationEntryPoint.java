package org.iblagh.support.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iblagh.support.web.ProblemWriter;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A request that needs credentials and has none (or wrong ones) gets a 401 in the API's
 * problem shape with code UNAUTHENTICATED, like every other error; no
 * {@code WWW-Authenticate} challenge, so a browser never opens a password dialog.
 */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		ProblemWriter.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "UNAUTHENTICATED",
				"Credentials are required.");
	}

}
