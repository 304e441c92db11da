package org.iblagh.support.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class FailedLoginThrottleTest {

	private final AtomicInteger checked = new AtomicInteger();

	/** Stands for Spring Security: only analyst/analyst gets in. */
	private final FilterChain security = (request, response) -> {
		this.checked.incrementAndGet();
		String header = ((jakarta.servlet.http.HttpServletRequest) request).getHeader("Authorization");
		((HttpServletResponse) response).setStatus(basic("analyst", "analyst").equals(header) ? 200 : 401);
	};

	@Test
	void afterTooManyWrongPasswordsNewCredentialsAreRefusedUnchecked() throws Exception {
		FailedLoginThrottle throttle = new FailedLoginThrottle(3, Duration.ofMinutes(1));
		for (int i = 0; i < 3; i++) {
			assertThat(send(throttle, "10.0.0.9", basic("analyst", "guess" + i)).getStatus()).isEqualTo(401);
		}
		MockHttpServletResponse refused = send(throttle, "10.0.0.9", basic("supervisor", "guess"));
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
		assertThat(refused.getContentAsString()).contains("TOO_MANY_FAILED_LOGINS");
		assertThat(this.checked).hasValue(3);
		// the right password is not tried either: it has not worked before
		assertThat(send(throttle, "10.0.0.9", basic("analyst", "analyst")).getStatus()).isEqualTo(429);
		// other clients are not affected
		assertThat(send(throttle, "10.0.0.10", basic("analyst", "analyst")).getStatus()).isEqualTo(200);
	}

	@Test
	void credentialsThatAlreadyWorkedKeepWorkingFromAThrottledAddress() throws Exception {
		FailedLoginThrottle throttle = new FailedLoginThrottle(2, Duration.ofMinutes(1));
		assertThat(send(throttle, "10.0.0.9", basic("analyst", "analyst")).getStatus()).isEqualTo(200);
		send(throttle, "10.0.0.9", basic("x", "y"));
		send(throttle, "10.0.0.9", basic("x", "z"));
		assertThat(send(throttle, "10.0.0.9", basic("x", "w")).getStatus()).isEqualTo(429);
		assertThat(send(throttle, "10.0.0.9", basic("analyst", "analyst")).getStatus()).isEqualTo(200);
	}

	@Test
	void theWindowEnds() throws Exception {
		AtomicLong nanos = new AtomicLong();
		FailedLoginThrottle throttle = new FailedLoginThrottle(1, Duration.ofMinutes(1), nanos::get);
		send(throttle, "10.0.0.9", basic("x", "y"));
		assertThat(send(throttle, "10.0.0.9", basic("x", "z")).getStatus()).isEqualTo(429);
		nanos.addAndGet(Duration.ofSeconds(61).toNanos());
		assertThat(send(throttle, "10.0.0.9", basic("x", "z")).getStatus()).isEqualTo(401);
	}

	@Test
	void requestsWithoutBasicCredentialsPassThrough() throws Exception {
		FailedLoginThrottle throttle = new FailedLoginThrottle(1, Duration.ofMinutes(1));
		send(throttle, "10.0.0.9", basic("x", "y"));
		MockHttpServletRequest anonymous = new MockHttpServletRequest("GET", "/api/v1/statistics");
		anonymous.setRemoteAddr("10.0.0.9");
		MockHttpServletResponse response = new MockHttpServletResponse();
		throttle.doFilter(anonymous, response, (req, res) -> ((HttpServletResponse) res).setStatus(200));
		assertThat(response.getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse send(FailedLoginThrottle throttle, String address, String authorization)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/reports");
		request.setRemoteAddr(address);
		request.addHeader("Authorization", authorization);
		MockHttpServletResponse response = new MockHttpServletResponse();
		throttle.doFilter(request, response, this.security);
		return response;
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
