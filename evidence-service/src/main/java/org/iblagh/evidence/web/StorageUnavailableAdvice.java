package org.iblagh.evidence.web;

import java.util.List;

import org.iblagh.evidence.storage.StorageUnavailableException;
import org.iblagh.support.web.ApiException;
import org.iblagh.support.web.ProblemHandler;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Object storage down (or its circuit open) while evidence is read or exported is an
 * outage to wait out, not a server error: 503 with Retry-After, in the common problem
 * shape. Ordered first, since the shared handler answers every other exception with 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StorageUnavailableAdvice {

	static final long RETRY_AFTER_SECONDS = 10;

	private final ProblemHandler problems;

	StorageUnavailableAdvice(ProblemHandler problems) {
		this.problems = problems;
	}

	@ExceptionHandler(StorageUnavailableException.class)
	ResponseEntity<Object> storageUnavailable(StorageUnavailableException ex) {
		return this.problems.problemFor(new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "EVIDENCE_STORE_UNAVAILABLE",
				"The evidence store cannot be reached right now; try again shortly.", List.of(), RETRY_AFTER_SECONDS));
	}

}
