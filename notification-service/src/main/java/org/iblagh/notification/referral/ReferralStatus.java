package org.iblagh.notification.referral;

/**
 * Where a referral stands for its office.
 */
public enum ReferralStatus {

	NOTIFIED, ESCALATED, ACKNOWLEDGED, INSTRUCTED;

	/** Whether the office still owes an acknowledgement (so a deadline can run out). */
	public boolean awaitsAcknowledgement() {
		return this == NOTIFIED;
	}

}
