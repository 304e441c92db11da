package org.iblagh.evidence.storage;

/**
 * Object storage cannot be reached (or the circuit breaker is open). Not the event's
 * fault: the event is kept and retried once storage is back, never dead-lettered.
 */
public class StorageUnavailableException extends RuntimeException {

	public StorageUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
