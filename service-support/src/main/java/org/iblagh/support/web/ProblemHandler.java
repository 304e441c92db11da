package org.iblagh.support.web;

import java.util.List;

import jakarta.validation.ConstraintViolationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the {@code /api} surface as RFC 9457 problem+json with a
 * machine-readable {@code code}; never a stack trace, never a 500 for bad input.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	/**
	 * The firewall checks a header only when it is read, inside a controller: a header
	 * with forbidden characters is bad input, not a server error.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<Object> handleRejected(RequestRejectedException ex) {
		return handleApi(ApiException.badRequest("REQUEST_REJECTED", "The request could not be read."));
	}

	@ExceptionHandler(ApiException.class)
	protected ResponseEntity<Object> handleApi(ApiException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setProperty("code", ex.code());
		if (!ex.errors().isEmpty()) {
			problem.setProperty("errors", ex.errors());
		}
		HttpHeaders headers = new HttpHeaders();
		if (ex.retryAfterSeconds() != null) {
			headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
		}
		return problem(problem, headers);
	}

	/**
	 * The answer for an {@link ApiException}, for a service's own exception handler that
	 * maps an exception of its domain to the common problem shape.
	 */
	public ResponseEntity<Object> problemFor(ApiException ex) {
		return handleApi(ex);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
		return handleApi(new ApiException(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
				"Parameter '" + ex.getName() + "' has an invalid value.",
				List.of(new ApiException.FieldProblem(ex.getName(), "INVALID", "invalid value")), null));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> handleConstraint(ConstraintViolationException ex) {
		List<ApiException.FieldProblem> errors = ex.getConstraintViolations()
			.stream()
			.map((v) -> new ApiException.FieldProblem(v.getPropertyPath().toString(), "INVALID", v.getMessage()))
			.toList();
		return handleApi(ApiException.invalid(errors));
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> handleMultipart(MultipartException ex) {
		if (ex instanceof MaxUploadSizeExceededException) {
			return handleApi(new ApiException(HttpStatus.CONTENT_TOO_LARGE, "UPLOAD_TOO_LARGE",
					"The upload is larger than allowed."));
		}
		return handleApi(ApiException.badRequest("MALFORMED_MULTIPART", "The multipart request could not be read."));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> handleDenied(AccessDeniedException ex) {
		return handleApi(ApiException.forbidden("FORBIDDEN", "You may not do this."));
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<Object> handleUnauthenticated(AuthenticationException ex) {
		return handleApi(new ApiException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Credentials are required."));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return handleApi(new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
				"Something went wrong on our side; nothing was changed."));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<ApiException.FieldProblem> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((e) -> new ApiException.FieldProblem(e.getField(), (e.getCode() != null) ? e.getCode() : "INVALID",
					e.getDefaultMessage()))
			.toList();
		return handleApi(ApiException.invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleApi(ApiException.badRequest("MALFORMED_JSON", malformedDetail(ex)));
	}

	/**
	 * Names the field and the type expected when the body is JSON but a value has the
	 * wrong type; never echoes the value (it may be personal data).
	 */
	static String malformedDetail(HttpMessageNotReadableException ex) {
		if (ex.getMostSpecificCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			StringBuilder field = new StringBuilder();
			for (JacksonException.Reference step : mismatch.getPath()) {
				if (step.getPropertyName() != null) {
					field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
				}
				else if (step.getIndex() >= 0) {
					field.append('[').append(step.getIndex()).append(']');
				}
			}
			return "Field '" + field + "' must be " + expected(mismatch.getTargetType()) + ".";
		}
		return "The request body is not valid JSON for this API.";
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "of another type";
		}
		if (type.isEnum()) {
			return "one of " + java.util.Arrays.toString(type.getEnumConstants());
		}
		if (CharSequence.class.isAssignableFrom(type)) {
			return "text";
		}
		if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
			return "a date-time (ISO 8601)";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
			return "a number";
		}
		if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a list";
		}
		return "a value of the declared type";
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem
				&& problem.getProperties() == null) {
			problem.setProperty("code", codeFor(statusCode));
		}
		return response;
	}

	private static String codeFor(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.name() : "HTTP_" + status.value();
	}

	private static ResponseEntity<Object> problem(ProblemDetail problem, HttpHeaders headers) {
		return ResponseEntity.status(problem.getStatus())
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
