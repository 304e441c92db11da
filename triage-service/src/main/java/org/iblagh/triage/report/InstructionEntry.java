package org.iblagh.triage.report;

import java.time.Instant;

/**
 * What an office said about a referral: an acknowledgement or an instruction.
 */
public record InstructionEntry(String referralId, String officeId, String kind, String decision, String text,
		Instant at, String eventId) {
}
