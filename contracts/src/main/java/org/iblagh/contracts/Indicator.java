package org.iblagh.contracts;

/**
 * A normalised indicator found in a report (phone in E.164, canonical URL, e-mail,
 * handle, IBAN, wallet).
 */
public record Indicator(String type, String value, String normalized) {
}
