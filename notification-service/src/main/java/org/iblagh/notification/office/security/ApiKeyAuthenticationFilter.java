package org.iblagh.notification.office.security;

import java.io.IOException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iblagh.notification.office.KeyHashes;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code X-Api-Key: <key>}: the key alone names its office. Verified principals are
 * cached under the key's hash for a few minutes.
 */
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Api-Key";

	private final OfficeCredentialStore credentials;

	private final Cache<String, Authentication> verified = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(5))
		.maximumSize(10_000)
		.build();

	public ApiKeyAuthenticationFilter(OfficeCredentialStore credentials) {
		this.credentials = credentials;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		if (key != null && !key.isBlank()) {
			String hash = KeyHashes.hash(key.trim());
			Authentication authentication = this.verified.getIfPresent(hash);
			if (authentication == null) {
				authentication = this.credentials.officeForKey(key.trim())
					.map(OfficeKeyAuthenticationProvider::authenticated)
					.orElse(null);
				if (authentication != null) {
					this.verified.put(hash, authentication);
				}
			}
			if (authentication == null) {
				response.setStatus(HttpStatus.UNAUTHORIZED.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getWriter()
					.write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
							+ "\"detail\":\"Unknown API key.\",\"code\":\"UNAUTHENTICATED\"}");
				return;
			}
			SecurityContextHolder.getContext().setAuthentication(authentication);
		}
		chain.doFilter(request, response);
	}

}
