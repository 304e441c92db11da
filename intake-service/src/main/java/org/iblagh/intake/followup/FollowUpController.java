package org.iblagh.intake.followup;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.iblagh.intake.abuse.AbuseGuard;
import org.iblagh.intake.upload.MultipartFiles;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class FollowUpController {

	private final FollowUpService followUp;

	private final ReporterMessageService replies;

	private final AbuseGuard abuse;

	FollowUpController(FollowUpService followUp, ReporterMessageService replies, AbuseGuard abuse) {
		this.followUp = followUp;
		this.replies = replies;
		this.abuse = abuse;
	}

	@GetMapping("/api/v1/follow-up")
	FollowUpView followUp(@RequestHeader(name = "X-Receipt", required = false) String receipt,
			@RequestParam(name = "lang", required = false) String lang, Locale locale, HttpServletRequest request) {
		return this.followUp.view(receipt, request.getRemoteAddr(),
				(lang != null) ? Locale.forLanguageTag(lang) : locale);
	}

	@PostMapping(path = "/api/v1/follow-up/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ReporterMessageService.MessageReceipt postJson(@RequestHeader(name = "X-Receipt", required = false) String receipt,
			@RequestBody MessageRequest message, HttpServletRequest request) {
		this.abuse.countSubmission(request.getRemoteAddr());
		return this.replies.post(receipt, request.getRemoteAddr(), (message != null) ? message.text() : null,
				List.of());
	}

	@PostMapping(path = "/api/v1/follow-up/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ReporterMessageService.MessageReceipt postMultipart(
			@RequestHeader(name = "X-Receipt", required = false) String receipt,
			@RequestParam(name = "text", required = false) String text,
			@RequestPart(name = "evidence", required = false) List<MultipartFile> evidence,
			HttpServletRequest request) {
		this.abuse.countSubmission(request.getRemoteAddr());
		return this.replies.post(receipt, request.getRemoteAddr(), text, MultipartFiles.of(evidence));
	}

	/** The JSON body of a reporter's message. */
	record MessageRequest(String text) {
	}

}
