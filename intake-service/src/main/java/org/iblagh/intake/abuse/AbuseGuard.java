package org.iblagh.intake.abuse;

import org.iblagh.support.web.ApiException;

import org.springframework.http.HttpStatus;

/**
 * The web face of {@link AbuseLimits}: turns a limit into a 429 problem with Retry-After.
 * Callers pass the request's remote address; it is hashed at once and never stored or
 * logged.
 */
public class AbuseGuard {

	private final AbuseLimits limits;

	public AbuseGuard(AbuseLimits limits) {
		this.limits = limits;
	}

	public void countSubmission(String address) {
		try {
			this.limits.countSubmission(address);
		}
		catch (AbuseLimits.LimitExceededException ex) {
			throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_SUBMISSIONS",
					"Too many submissions from your connection; please wait and try again.", java.util.List.of(),
					ex.retryAfterSeconds());
		}
	}

	public void checkReceiptGuesses(String address) {
		try {
			this.limits.checkReceiptGuesses(address);
		}
		catch (AbuseLimits.LimitExceededException ex) {
			throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_WRONG_RECEIPTS",
					"Too many wrong receipts from your connection; please wait and try again.", java.util.List.of(),
					ex.retryAfterSeconds());
		}
	}

	public void countWrongReceipt(String address) {
		this.limits.countWrongReceipt(address);
	}

}
