package org.iblagh.contracts;

/**
 * The report categories of the public API. Codes are stable; labels live in message
 * bundles.
 */
public enum Category {

	TERRORISM, CHILD_ABUSE, VIOLENT_CONTENT, INCITEMENT_HATE, SEXTORTION_BLACKMAIL, HARASSMENT_THREATS,
	PRIVACY_VIOLATION, ONLINE_FRAUD, IDENTITY_THEFT, DRUGS, ALCOHOL, CYBERATTACK, OTHER

}
