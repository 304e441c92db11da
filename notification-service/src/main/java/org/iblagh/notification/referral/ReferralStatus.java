package org.iblagh.notification.referral;

/**
 * Where a referral stands for its office. {@code WITHDRAWN}: a supervisor routed the
 * report to other offices; it can no longer be answered and never escalates.
 */
public enum ReferralStatus {

	NOTIFIED, ESCALATED, ACKNOWLEDGED, INSTRUCTED, WITHDRAWN;

	/** Whether the office still owes an acknowledgement (so a deadline can run out). */
	public boolean awaitsAcknowledgement() {
		return this == NOTIFIED;
	}

}
