package org.iblagh.intake.config;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The firewall checks a header only when it is read, inside a controller: a header with
 * forbidden characters (e.g. full-width digits in X-Receipt) is bad input, a 400, not a
 * server error. Found by the fuzz test.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RejectedRequestAdvice {

	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(RequestRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request could not be read.");
		problem.setProperty("code", "REQUEST_REJECTED");
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
