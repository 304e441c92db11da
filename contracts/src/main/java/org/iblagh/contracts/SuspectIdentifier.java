package org.iblagh.contracts;

/**
 * An identifier the reporter gave for a suspect: PHONE, EMAIL, HANDLE, URL, IBAN,
 * CRYPTO_WALLET or OTHER.
 */
public record SuspectIdentifier(String type, String value) {
}
