package org.iblagh.notification.web;

import java.util.List;

import org.iblagh.notification.office.OfficeDirectory;
import org.iblagh.notification.referral.InstructionDecision;
import org.iblagh.notification.referral.Referral;
import org.iblagh.notification.referral.service.ReferralService;
import org.iblagh.notification.referral.store.ReferralStore;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The office's own page: its referrals, newest first, with acknowledge and instruct
 * buttons. Login session with CSRF (Spring Security's form login); Arabic by default.
 */
@Controller
class OfficePageController {

	private final ReferralStore store;

	private final ReferralService referrals;

	private final OfficeDirectory offices;

	OfficePageController(ReferralStore store, ReferralService referrals, OfficeDirectory offices) {
		this.store = store;
		this.referrals = referrals;
		this.offices = offices;
	}

	@GetMapping("/office/login")
	String login(@RequestParam(defaultValue = "ar") String lang, Model model) {
		model.addAttribute("lang", lang(lang));
		return "office/login";
	}

	@GetMapping("/office")
	String page(@RequestParam(defaultValue = "ar") String lang, Authentication auth, Model model) {
		String officeId = auth.getName();
		String language = lang(lang);
		List<Referral> latest = this.store.latestForOffice(officeId, 200);
		model.addAttribute("lang", language);
		model.addAttribute("officeId", officeId);
		model.addAttribute("officeName", this.offices.find(officeId).map((o) -> o.name(language)).orElse(officeId));
		model.addAttribute("referrals", latest);
		model.addAttribute("decisions", InstructionDecision.values());
		return "office/referrals";
	}

	@PostMapping("/office/referrals/{referralId}/acknowledge")
	String acknowledge(@PathVariable String referralId, @RequestParam(defaultValue = "ar") String lang,
			Authentication auth) {
		if (owns(referralId, auth)) {
			this.referrals.acknowledge(referralId);
		}
		return "redirect:/office?lang=" + lang(lang);
	}

	@PostMapping("/office/referrals/{referralId}/instructions")
	String instruct(@PathVariable String referralId, @RequestParam InstructionDecision decision,
			@RequestParam String text, @RequestParam(defaultValue = "false") boolean forReporter,
			@RequestParam(defaultValue = "ar") String lang, Authentication auth) {
		boolean dutyAlert = this.referrals.find(referralId)
			.map((r) -> r.addressee() == org.iblagh.notification.referral.Addressee.DUTY)
			.orElse(true);
		if (owns(referralId, auth) && !dutyAlert && !text.isBlank() && text.length() <= 5000) {
			this.referrals.instruct(referralId, decision, text.strip(), forReporter);
		}
		return "redirect:/office?lang=" + lang(lang);
	}

	private boolean owns(String referralId, Authentication auth) {
		return this.referrals.find(referralId).map((r) -> r.officeId().equals(auth.getName())).orElse(false);
	}

	private static String lang(String lang) {
		return "fr".equals(lang) ? "fr" : "ar";
	}

}
