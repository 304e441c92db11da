package org.iblagh.intake.followup;

import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FollowUpController {

	private final FollowUpService followUp;

	FollowUpController(FollowUpService followUp) {
		this.followUp = followUp;
	}

	@GetMapping("/api/v1/follow-up")
	FollowUpView followUp(@RequestHeader(name = "X-Receipt", required = false) String receipt,
			@RequestParam(name = "lang", required = false) String lang, Locale locale) {
		return this.followUp.view(receipt, (lang != null) ? Locale.forLanguageTag(lang) : locale);
	}

}
