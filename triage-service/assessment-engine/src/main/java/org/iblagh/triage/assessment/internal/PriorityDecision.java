package org.iblagh.triage.assessment.internal;

import org.iblagh.contracts.Priority;

/**
 * The urgency score (0..100) and the priority it maps to.
 */
public record PriorityDecision(Priority priority, int score) {
}
