package org.iblagh.support.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iblagh.support.web.ProblemWriter;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Signed in, but without the role a path needs: a 403 in the API's problem shape with
 * code FORBIDDEN, the answer {@code ProblemHandler} gives when a controller refuses.
 */
public final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		ProblemWriter.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "FORBIDDEN",
				"You may not do this.");
	}

}
