package org.iblagh.support.security;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds what wrong HTTP Basic passwords cost. Each one costs the server a bcrypt hash
 * (0.1–0.4 s of CPU here, unknown users included, by design against timing attacks), so a
 * client sending random credentials could keep a core busy. After {@code maxFailures}
 * refused Basic logins within a window, a client's further Basic requests are answered
 * 429 without being checked, until the window ends, except credentials that already
 * worked (a legitimate client sharing the address keeps working).
 *
 * <p>
 * The address is kept in memory for one window only and never logged.
 */
public class FailedLoginThrottle extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(FailedLoginThrottle.class);

	private final int maxFailures;

	private final Duration window;

	private final Cache<String, AtomicInteger> failures;

	private final Cache<String, Boolean> working;

	public FailedLoginThrottle(int maxFailures, Duration window) {
		this(maxFailures, window, Ticker.systemTicker());
	}

	FailedLoginThrottle(int maxFailures, Duration window, Ticker clock) {
		this.maxFailures = maxFailures;
		this.window = window;
		// the window starts at a client's first failure (written once, then counted)
		this.failures = Caffeine.newBuilder().ticker(clock).expireAfterWrite(window).maximumSize(100_000).build();
		this.working = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1)).maximumSize(10_000).build();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			chain.doFilter(request, response);
			return;
		}
		String client = String.valueOf(request.getRemoteAddr());
		String credentials = CredentialDigest.of(authorization);
		AtomicInteger failed = this.failures.getIfPresent(client);
		if (failed != null && failed.get() >= this.maxFailures && this.working.getIfPresent(credentials) == null) {
			tooMany(response);
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
			int count = this.failures.get(client, (c) -> new AtomicInteger()).incrementAndGet();
			if (count == this.maxFailures) {
				log.warn("A client reached {} failed Basic logins; its new credentials wait up to {} s",
						this.maxFailures, this.window.toSeconds());
			}
		}
		else {
			// any answer but 401 means the credentials passed authentication
			this.working.put(credentials, Boolean.TRUE);
		}
	}

	private void tooMany(HttpServletResponse response) throws IOException {
		response.setStatus(429);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(this.window.toSeconds()));
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":"
					+ "\"Too many failed logins from this client; try again later.\",\"code\":\"TOO_MANY_FAILED_LOGINS\"}");
	}

}
