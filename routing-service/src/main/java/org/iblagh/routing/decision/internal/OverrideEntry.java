package org.iblagh.routing.decision.internal;

import java.time.Instant;

/** An audited supervisor override of a routing decision. */
record OverrideEntry(String by, String reason, Instant at, String previousPoliceUnitId,
		String previousProsecutorOfficeId, String policeUnitId, String prosecutorOfficeId, String routedEventId) {
}
