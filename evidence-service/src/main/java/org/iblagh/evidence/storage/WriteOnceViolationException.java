package org.iblagh.evidence.storage;

/**
 * An attempt to overwrite stored evidence or to delete it before its retention ends.
 */
public class WriteOnceViolationException extends RuntimeException {

	public WriteOnceViolationException(String message) {
		super(message);
	}

}
