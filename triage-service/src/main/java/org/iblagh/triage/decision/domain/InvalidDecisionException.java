package org.iblagh.triage.decision.domain;

import java.util.List;

/**
 * A decision with invalid fields; nothing was changed.
 */
public class InvalidDecisionException extends RuntimeException {

	private final List<DecisionCommand.Problem> problems;

	public InvalidDecisionException(List<DecisionCommand.Problem> problems) {
		super("Invalid decision: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<DecisionCommand.Problem> problems() {
		return this.problems;
	}

}
