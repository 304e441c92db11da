package org.iblagh.support.messaging;

/**
 * A message that no retry can fix; it belongs in the dead-letter topic.
 */
public class MalformedEventException extends RuntimeException {

	public MalformedEventException(String message) {
		super(message);
	}

	public MalformedEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
