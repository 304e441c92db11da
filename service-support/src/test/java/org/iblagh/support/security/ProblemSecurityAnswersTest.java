package org.iblagh.support.security;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemSecurityAnswersTest {

	@Test
	void missingOrWrongCredentialsGetTheCommonProblemShapeWithoutAChallenge() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new ProblemAuthenticationEntryPoint().commence(new MockHttpServletRequest("GET", "/api/v1/reports"), response,
				new BadCredentialsException("wrong password for someone"));
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getHeader("WWW-Authenticate")).isNull();
		JsonNode body = JsonMapper.builder().build().readTree(response.getContentAsString());
		assertThat(body.get("status").asInt()).isEqualTo(401);
		assertThat(body.get("code").asString()).isEqualTo("UNAUTHENTICATED");
		assertThat(response.getContentAsString()).doesNotContain("someone");
	}

	@Test
	void aMissingRoleGetsTheCommonProblemShape() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new ProblemAccessDeniedHandler().handle(new MockHttpServletRequest("GET", "/api/v1/audit"), response,
				new AccessDeniedException("Access Denied"));
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode body = JsonMapper.builder().build().readTree(response.getContentAsString());
		assertThat(body.get("code").asString()).isEqualTo("FORBIDDEN");
	}

}
