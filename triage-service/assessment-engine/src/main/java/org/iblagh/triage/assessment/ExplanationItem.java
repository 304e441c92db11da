package org.iblagh.triage.assessment;

/**
 * One rule that fired, shown to the investigator: {@code rule} is a stable code (for
 * example {@code category.ONLINE_FRAUD.term} or {@code factor.imminent}), {@code detail}
 * what matched, {@code weight} its contribution.
 */
public record ExplanationItem(String rule, String detail, int weight) {
}
