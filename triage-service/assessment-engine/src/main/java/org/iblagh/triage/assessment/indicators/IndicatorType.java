package org.iblagh.triage.assessment.indicators;

/**
 * The kinds of identifiers the engine recognises in a report.
 */
public enum IndicatorType {

	PHONE, URL, EMAIL, HANDLE, TELEGRAM, IBAN, RIB, CRYPTO_WALLET, OTHER

}
