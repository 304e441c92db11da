package org.iblagh.intake.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.iblagh.contracts.ReporterMessage;
import org.iblagh.contracts.SubmittedEvidence;
import org.iblagh.intake.report.ConversationMessage;
import org.iblagh.intake.report.IdentityRedaction;
import org.iblagh.intake.report.ReportSealer;
import org.iblagh.intake.report.ReportStore;
import org.iblagh.intake.report.StoredEvidence;
import org.iblagh.intake.report.StoredReport;
import org.iblagh.intake.upload.EvidenceUploader;
import org.iblagh.intake.upload.IncomingFile;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.messaging.OutboxPayloadSealer;
import org.iblagh.support.messaging.OutboxEntry;
import org.iblagh.support.web.ApiException;
import org.iblagh.support.web.ApiException.FieldProblem;

import org.springframework.stereotype.Service;

/**
 * A reporter answers on the follow-up page, possibly with late evidence: the text is
 * stored sealed in the report and a {@link ReporterMessage} leaves through the report's
 * outbox in the same write; late evidence is streamed to quarantine first, like a
 * submission's.
 */
@Service
public class ReporterMessageService {

	static final int MAX_TEXT = 5_000;

	private final FollowUpService followUp;

	private final ReportStore store;

	private final ReportSealer sealer;

	private final EvidenceUploader uploader;

	private final EventCodec codec;

	private final OutboxPayloadSealer outboxSealer;

	private final Clock clock;

	ReporterMessageService(FollowUpService followUp, ReportStore store, ReportSealer sealer, EvidenceUploader uploader,
			EventCodec codec, OutboxPayloadSealer outboxSealer, Clock clock) {
		this.followUp = followUp;
		this.store = store;
		this.sealer = sealer;
		this.uploader = uploader;
		this.codec = codec;
		this.outboxSealer = outboxSealer;
		this.clock = clock;
	}

	public MessageReceipt post(String receipt, String clientAddress, String text, List<IncomingFile> files) {
		StoredReport report = this.followUp.findByReceipt(receipt, clientAddress);
		String body = (text != null) ? text.strip() : "";
		List<FieldProblem> errors = new ArrayList<>();
		if (body.isEmpty() && files.isEmpty()) {
			errors.add(new FieldProblem("text", "REQUIRED", "Write a message or attach a file."));
		}
		if (body.length() > MAX_TEXT) {
			errors.add(new FieldProblem("text", "TOO_LONG", "At most " + MAX_TEXT + " characters."));
		}
		if (report.erasedAt() != null) {
			throw ApiException.conflict("REPORT_CLOSED", "This report is closed and its data was erased.");
		}
		errors.addAll(this.uploader.checkLimits(files, report.evidenceBytes()));
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		List<String> types = this.uploader.checkTypes(files);
		List<StoredEvidence> evidence = this.uploader.store(report.id(), files, types);
		Instant now = this.clock.instant();
		String messageId = "M-" + UUID.randomUUID();
		ReporterMessage event = new ReporterMessage(UUID.randomUUID().toString(), now, report.id(), 1, messageId,
				redacted(report, body),
				evidence.stream()
					.map((e) -> new SubmittedEvidence(e.evidenceId(), e.fileName(), e.declaredMediaType(), e.size(),
							e.sha256(), e.bucket(), e.objectKey()))
					.toList());
		ConversationMessage message = new ConversationMessage(messageId, "REPORTER",
				this.sealer.sealMessage(report.id(), messageId, body), now, event.eventId(), evidence);
		try {
			if (!this.store.appendReporterMessage(report.id(), message,
					OutboxEntry.sealed(event, this.codec, this.outboxSealer))) {
				throw ApiException.notFound("RECEIPT_UNKNOWN", "No report has this receipt.");
			}
		}
		catch (RuntimeException ex) {
			this.uploader.discard(evidence);
			throw ex;
		}
		return new MessageReceipt(messageId, now,
				evidence.stream()
					.map((e) -> new FollowUpView.EvidenceItem(e.evidenceId(), e.fileName(), e.size(), e.sha256()))
					.toList());
	}

	/**
	 * The text that leaves intake: an identified reporter's own name, ID, phone and
	 * e-mail taken out, as from the description (the reporter's page shows the sealed
	 * original).
	 */
	private String redacted(StoredReport report, String body) {
		if (report.identity() == null || body.isEmpty()) {
			return body;
		}
		return IdentityRedaction.apply(body, this.sealer.open(report.id(), report.identity()));
	}

	/** The 201 answer to a reporter's message. */
	public record MessageReceipt(String messageId, Instant at, List<FollowUpView.EvidenceItem> evidence) {
	}

}
