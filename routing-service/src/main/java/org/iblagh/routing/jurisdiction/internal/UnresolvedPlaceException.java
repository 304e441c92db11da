package org.iblagh.routing.jurisdiction.internal;

import org.iblagh.routing.jurisdiction.JurisdictionAnswer;

/** The place of a resolve request is unknown: a 422 with suggestions. */
class UnresolvedPlaceException extends RuntimeException {

	private final JurisdictionAnswer.UnresolvedPlace answer;

	UnresolvedPlaceException(JurisdictionAnswer.UnresolvedPlace answer) {
		super(answer.reason());
		this.answer = answer;
	}

	JurisdictionAnswer.UnresolvedPlace answer() {
		return this.answer;
	}

}
