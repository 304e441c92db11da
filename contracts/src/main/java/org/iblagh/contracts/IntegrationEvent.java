package org.iblagh.contracts;

import java.time.Instant;

/**
 * What every integration event carries, whichever service publishes it.
 */
public interface IntegrationEvent {

	String eventId();

	Instant occurredAt();

	String reportId();

	int schemaVersion();

}
