package org.iblagh.support.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes a problem+json answer from a filter or an entry point, where Spring MVC's
 * exception handlers do not run: the same shape as {@link ProblemHandler}'s, so a client
 * reads every error the same way.
 */
public final class ProblemWriter {

	private ProblemWriter() {
	}

	/**
	 * @param detail a fixed text: never anything taken from the request
	 */
	public static void write(HttpServletResponse response, int status, String title, String code, String detail)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\",\"code\":\"" + code + "\"}");
	}

}
