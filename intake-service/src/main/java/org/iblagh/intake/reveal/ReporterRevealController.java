package org.iblagh.intake.reveal;

import java.security.Principal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/reporters/{reporterRef}?reason=…}: investigators only (see the
 * security configuration), never routed to the public.
 */
@RestController
class ReporterRevealController {

	private final ReporterReveal reveal;

	ReporterRevealController(ReporterReveal reveal) {
		this.reveal = reveal;
	}

	@GetMapping("/internal/reporters/{reporterRef}")
	ReporterReveal.Contact reveal(@PathVariable String reporterRef,
			@RequestParam(name = "reason", required = false) String reason, Principal principal) {
		return this.reveal.reveal(reporterRef, reason, principal.getName());
	}

}
