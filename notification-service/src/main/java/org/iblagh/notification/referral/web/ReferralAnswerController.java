package org.iblagh.notification.referral.web;

import java.util.ArrayList;
import java.util.List;

import org.iblagh.notification.office.security.OfficeAccess;
import org.iblagh.notification.referral.InstructionDecision;
import org.iblagh.notification.referral.Referral;
import org.iblagh.notification.referral.service.ReferralService;
import org.iblagh.support.web.ApiException;
import org.iblagh.support.web.ApiException.FieldProblem;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An office's answers to its own referrals. Answering again the same way returns the same
 * referral and publishes nothing new.
 */
@RestController
class ReferralAnswerController {

	private static final int MAX_TEXT = 5000;

	private final ReferralService referrals;

	ReferralAnswerController(ReferralService referrals) {
		this.referrals = referrals;
	}

	@PostMapping("/api/v1/referrals/{referralId}/acknowledge")
	Referral acknowledge(@PathVariable String referralId, Authentication auth) {
		ownReferral(referralId, auth);
		return this.referrals.acknowledge(referralId);
	}

	@PostMapping("/api/v1/referrals/{referralId}/instructions")
	Referral instruct(@PathVariable String referralId, @RequestBody InstructionRequest request, Authentication auth) {
		Referral referral = ownReferral(referralId, auth);
		List<FieldProblem> problems = new ArrayList<>();
		InstructionDecision decision = null;
		if (request.decision() == null || request.decision().isBlank()) {
			problems.add(new FieldProblem("decision", "REQUIRED", "decision is required"));
		}
		else {
			try {
				decision = InstructionDecision.valueOf(request.decision());
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("decision", "UNKNOWN_DECISION",
						"one of OPEN_INVESTIGATION, REQUEST_MORE_INFO, NO_FURTHER_ACTION"));
			}
		}
		if (request.text() == null || request.text().isBlank()) {
			problems.add(new FieldProblem("text", "REQUIRED", "text is required"));
		}
		else if (request.text().length() > MAX_TEXT) {
			problems.add(new FieldProblem("text", "TOO_LONG", "at most " + MAX_TEXT + " characters"));
		}
		if (!problems.isEmpty()) {
			throw ApiException.invalid(problems);
		}
		if (referral.addressee() == org.iblagh.notification.referral.Addressee.DUTY) {
			throw ApiException.conflict("DUTY_ALERT", "A duty alert is acknowledged, not instructed.");
		}
		return this.referrals.instruct(referralId, decision, request.text().strip(),
				Boolean.TRUE.equals(request.forReporter()));
	}

	private Referral ownReferral(String referralId, Authentication auth) {
		Referral referral = this.referrals.find(referralId)
			.orElseThrow(() -> ApiException.notFound("REFERRAL_NOT_FOUND", "No such referral."));
		OfficeAccess.requireOffice(auth, referral.officeId());
		if (referral.status() == org.iblagh.notification.referral.ReferralStatus.WITHDRAWN) {
			throw ApiException.conflict("REFERRAL_WITHDRAWN",
					"This report was routed to another office; this referral can no longer be answered.");
		}
		return referral;
	}

	record InstructionRequest(String decision, String text, Boolean forReporter) {
	}

}
