package org.iblagh.notification.referral;

/**
 * Referral ids are derived from what they refer to, so that a replayed event finds the
 * referral it already made instead of making a second one.
 */
public final class ReferralIds {

	private ReferralIds() {
	}

	public static String forOffice(String officeId, String reportId) {
		return "F-" + officeId + "-" + reportId;
	}

	public static String forDuty(String reportId) {
		return "D-" + reportId;
	}

}
