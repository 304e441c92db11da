package org.iblagh.notification.referral;

import java.time.Instant;

/**
 * What an office decided about a referral.
 *
 * @param forReporter whether the office marked its text as fit to show the reporter
 */
public record Instruction(InstructionDecision decision, String text, boolean forReporter, Instant at) {
}
