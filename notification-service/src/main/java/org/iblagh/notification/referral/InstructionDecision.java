package org.iblagh.notification.referral;

/**
 * The decisions an office can give (API.md).
 */
public enum InstructionDecision {

	OPEN_INVESTIGATION, REQUEST_MORE_INFO, NO_FURTHER_ACTION

}
