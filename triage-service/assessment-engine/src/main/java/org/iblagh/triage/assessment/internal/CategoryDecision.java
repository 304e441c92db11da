package org.iblagh.triage.assessment.internal;

import org.iblagh.contracts.Category;

/**
 * The chosen category and how sure the engine is (0..1).
 */
public record CategoryDecision(Category category, double confidence) {
}
