package org.iblagh.evidence.web;

import java.io.IOException;

import org.iblagh.evidence.storage.StorageUnavailableException;
import org.iblagh.support.web.ProblemHandler;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The real exception resolution of Spring MVC with both handlers registered: the shared
 * one alone answers 500 to this exception.
 */
class StorageUnavailableAdviceTest {

	@Test
	void anUnreachableStoreIsA503WithRetryAfterNotA500() throws Exception {
		ProblemHandler shared = new ProblemHandler();
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new ReadingController())
			.setControllerAdvice(shared, new StorageUnavailableAdvice(shared))
			.build();
		mvc.perform(get("/read"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "10"))
			.andExpect(jsonPath("$.code").value("EVIDENCE_STORE_UNAVAILABLE"));
		mvc.perform(get("/fail")).andExpect(status().isInternalServerError());
	}

	@RestController
	static class ReadingController {

		@GetMapping("/read")
		String read() {
			throw new StorageUnavailableException("Object storage unreachable: ConnectException",
					new IOException("refused"));
		}

		@GetMapping("/fail")
		String fail() {
			throw new IllegalStateException("a bug");
		}

	}

}
