package org.iblagh.notification.referral;

/**
 * Why an office received a referral.
 */
public enum Addressee {

	/** The territorially competent public prosecutor's office. */
	PROSECUTOR,
	/** The judicial police unit that will investigate. */
	POLICE,
	/** The duty desk, alerted of a P1 before any human review. */
	DUTY

}
