package org.iblagh.intake.pow;

/**
 * A proof of work that cannot be accepted, with the reason as a stable code.
 */
public class InvalidProofException extends RuntimeException {

	private final String code;

	public InvalidProofException(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
