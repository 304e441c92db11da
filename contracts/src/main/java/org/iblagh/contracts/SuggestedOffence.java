package org.iblagh.contracts;

/**
 * An offence suggested for a category, from the reference data; a suggestion, with its
 * verification status.
 */
public record SuggestedOffence(String code, String article, String verified) {
}
