package org.iblagh.triage.report;

import java.util.UUID;

/**
 * Identifiers of what triage creates.
 */
public final class Ids {

	private Ids() {
	}

	public static String eventId() {
		return UUID.randomUUID().toString();
	}

	public static String messageId() {
		return "M-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
	}

}
