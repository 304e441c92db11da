package org.iblagh.evidence.web;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iblagh.evidence.item.ReportStore;
import org.iblagh.support.office.OfficeKeys;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Prosecutors' offices and police units authenticate with their office key (derived from
 * the secret shared with notification-service): HTTP Basic {@code <officeId>:<key>}, or
 * header {@code X-Api-Key} on an export, where the offices the report was routed to are
 * the only candidates.
 */
final class OfficeCredentials {

	/** Office ids are upper-case ({@code TPI-RABAT}); local user names are lower-case. */
	private static final Pattern OFFICE_ID = Pattern.compile("[A-Z][A-Z0-9_-]{1,63}");

	private static final Pattern EXPORT_PATH = Pattern.compile("/api/v1/reports/([^/]+)/export");

	private OfficeCredentials() {
	}

	static Authentication office(String officeId) {
		return UsernamePasswordAuthenticationToken.authenticated(officeId, null,
				List.of(new SimpleGrantedAuthority(Actors.OFFICE_ROLE)));
	}

	/** HTTP Basic with an office id as user name and its key as password. */
	static AuthenticationProvider basicProvider(OfficeKeys keys) {
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) {
				String name = authentication.getName();
				Object key = authentication.getCredentials();
				if (name == null || !OFFICE_ID.matcher(name).matches() || key == null) {
					// not an office: let the investigators' provider decide
					return null;
				}
				if (keys.matches(name, key.toString())) {
					return office(name);
				}
				return null;
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
			}

		};
	}

	/**
	 * {@code X-Api-Key} on an export: matched against the offices the report was routed
	 * to.
	 */
	static OncePerRequestFilter apiKeyFilter(OfficeKeys keys, ReportStore reports) {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String key = request.getHeader("X-Api-Key");
				Matcher export = EXPORT_PATH.matcher(request.getRequestURI());
				if (key != null && export.matches()) {
					reports.find(export.group(1))
						.flatMap(
								(report) -> report.offices().stream().filter((id) -> keys.matches(id, key)).findFirst())
						.ifPresent((officeId) -> {
							var context = SecurityContextHolder.createEmptyContext();
							context.setAuthentication(office(officeId));
							SecurityContextHolder.setContext(context);
						});
				}
				chain.doFilter(request, response);
			}

		};
	}

}
