package org.iblagh.support.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A client-facing error with a machine-readable code, rendered as problem+json.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final List<FieldProblem> errors;

	private final Long retryAfterSeconds;

	public ApiException(HttpStatus status, String code, String message) {
		this(status, code, message, List.of(), null);
	}

	public ApiException(HttpStatus status, String code, String message, List<FieldProblem> errors,
			Long retryAfterSeconds) {
		super(message);
		this.status = status;
		this.code = code;
		this.errors = List.copyOf(errors);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public static ApiException badRequest(String code, String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, code, message);
	}

	public static ApiException invalid(List<FieldProblem> errors) {
		return new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "The request has invalid fields.", errors,
				null);
	}

	public static ApiException notFound(String code, String message) {
		return new ApiException(HttpStatus.NOT_FOUND, code, message);
	}

	public static ApiException conflict(String code, String message) {
		return new ApiException(HttpStatus.CONFLICT, code, message);
	}

	public static ApiException forbidden(String code, String message) {
		return new ApiException(HttpStatus.FORBIDDEN, code, message);
	}

	public static ApiException tooManyRequests(String code, String message, long retryAfterSeconds) {
		return new ApiException(HttpStatus.TOO_MANY_REQUESTS, code, message, List.of(), retryAfterSeconds);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public List<FieldProblem> errors() {
		return this.errors;
	}

	public Long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

	/**
	 * One invalid field: its JSON path, a stable code and a human message.
	 */
	public record FieldProblem(String field, String code, String message) {
	}

}
