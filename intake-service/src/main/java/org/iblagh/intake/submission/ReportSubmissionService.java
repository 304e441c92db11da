package org.iblagh.intake.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.ContentLocation;
import org.iblagh.contracts.Place;
import org.iblagh.contracts.ReportContent;
import org.iblagh.contracts.ReportStatus;
import org.iblagh.contracts.ReportStatusChanged;
import org.iblagh.contracts.ReportSubmitted;
import org.iblagh.contracts.ReporterRef;
import org.iblagh.contracts.SubmittedEvidence;
import org.iblagh.contracts.SuspectIdentifier;
import org.iblagh.intake.pow.InvalidProofException;
import org.iblagh.intake.pow.ProofOfWork;
import org.iblagh.intake.receipt.ReceiptIssuer;
import org.iblagh.intake.report.IdentityRedaction;
import org.iblagh.intake.report.ReportStore;
import org.iblagh.intake.report.ReportSealer;
import org.iblagh.intake.report.ReporterIdentity;
import org.iblagh.intake.report.SealedIdentity;
import org.iblagh.intake.report.StatusEntry;
import org.iblagh.intake.report.StoredEvidence;
import org.iblagh.intake.report.StoredReport;
import org.iblagh.intake.upload.EvidenceUploader;
import org.iblagh.intake.upload.IncomingFile;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.messaging.OutboxPayloadSealer;
import org.iblagh.support.messaging.OutboxEntry;
import org.iblagh.support.web.ApiException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Accepts a report: checks the proof of work and the fields, streams the evidence to
 * quarantine, then stores the report and its events in one write. A report answered with
 * 201 is durable and reaches Kafka through the outbox even if Kafka is down now.
 */
@Service
public class ReportSubmissionService {

	private static final Logger log = LoggerFactory.getLogger(ReportSubmissionService.class);

	private final ProofOfWork proofOfWork;

	private final ReceiptIssuer receipts;

	/** How long a retry with the same Idempotency-Key gets the first answer (API.md). */
	private static final Duration REPLAY_WINDOW = Duration.ofHours(24);

	private final ReportStore store;

	private final EvidenceUploader uploader;

	private final ReportSealer sealer;

	private final EventCodec codec;

	private final OutboxPayloadSealer outboxSealer;

	private final Clock clock;

	private final MeterRegistry meters;

	ReportSubmissionService(ProofOfWork proofOfWork, ReceiptIssuer receipts, ReportStore store,
			EvidenceUploader uploader, ReportSealer sealer, EventCodec codec, OutboxPayloadSealer outboxSealer,
			Clock clock, MeterRegistry meters) {
		this.proofOfWork = proofOfWork;
		this.receipts = receipts;
		this.store = store;
		this.uploader = uploader;
		this.sealer = sealer;
		this.codec = codec;
		this.outboxSealer = outboxSealer;
		this.clock = clock;
		this.meters = meters;
	}

	public SubmissionResult submit(SubmitReportRequest request, List<IncomingFile> files, String proofHeader,
			String idempotencyKey) {
		String keyHash = null;
		if (idempotencyKey != null) {
			if (idempotencyKey.isBlank() || idempotencyKey.length() > 128) {
				throw ApiException.badRequest("INVALID_IDEMPOTENCY_KEY",
						"Idempotency-Key must be 1 to 128 characters.");
			}
			// the key binds to what was sent: only a true retry (the same report and
			// files)
			// gets the first answer, never someone who merely learnt or guessed the key
			keyHash = this.receipts.hash("idempotency:" + idempotencyKey + ":" + fingerprint(request, files));
			Optional<StoredReport> earlier = this.store.findByIdempotencyKeyHash(keyHash);
			if (earlier.isPresent()) {
				if (withinReplayWindow(earlier.get())) {
					return answerFor(earlier.get(), idempotencyKey);
				}
				// the key stays bound to its report (unique index): say so before the
				// proof is spent or files stored, not later with another reason
				throw ApiException.conflict("IDEMPOTENCY_KEY_EXPIRED",
						"This Idempotency-Key was used more than 24 hours ago; send the report with a new key.");
			}
		}
		String powId = verifyProof(proofHeader);
		List<ApiException.FieldProblem> errors = SubmissionValidator.validate(request);
		errors.addAll(this.uploader.checkLimits(files, 0));
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		List<String> mediaTypes = this.uploader.checkTypes(files);
		String reportId = Ids.reportId();
		String receipt = (idempotencyKey != null) ? derivedReceipt(idempotencyKey, reportId)
				: this.receipts.newReceipt();
		List<StoredEvidence> evidence = this.uploader.store(reportId, files, mediaTypes);
		Instant now = this.clock.instant();
		boolean anonymous = request.anonymous();
		ReporterIdentity identity = anonymous ? null : identity(request.reporter());
		ReportContent content = content(request, anonymous ? null : identity.reporterRef(), now);
		// the event carries the description without the reporter's own identity in it;
		// the sealed copy below keeps it as written
		ReportContent published = anonymous ? content
				: withDescription(content, IdentityRedaction.apply(content.description(), identity));
		ReportSubmitted submitted = new ReportSubmitted(Ids.eventId(), now, reportId, 1, published,
				evidence.stream()
					.map((e) -> new SubmittedEvidence(e.evidenceId(), e.fileName(), e.declaredMediaType(), e.size(),
							e.sha256(), e.bucket(), e.objectKey()))
					.toList());
		ReportStatusChanged status = new ReportStatusChanged(Ids.eventId(), now, reportId, 1, ReportStatus.SUBMITTED,
				"intake-service", null);
		// at rest the description and the identity are sealed; the event still carries
		// the
		// description (triage needs it), never the identity
		SealedIdentity sealedIdentity = anonymous ? null
				: this.sealer.seal(reportId, identity, Boolean.TRUE.equals(request.reporter().statusEmails()),
						(request.language() != null) ? request.language() : "ar");
		ReportContent storedContent = withoutDescription(content);
		StoredReport report = new StoredReport(reportId, this.receipts.hash(receipt), powId,
				(keyHash != null) ? keyHash : "none:" + reportId, storedContent,
				this.sealer.sealDescription(reportId, content.description()), sealedIdentity, evidence,
				List.of(new StatusEntry(ReportStatus.SUBMITTED, now, status.eventId())), List.of(),
				List.of(OutboxEntry.sealed(submitted, this.codec, this.outboxSealer),
						OutboxEntry.of(status, this.codec)),
				now, null, null);
		try {
			this.store.insert(report);
		}
		catch (DuplicateKeyException ex) {
			this.uploader.discard(evidence);
			if (keyHash != null) {
				Optional<SubmissionResult> earlier = earlierAnswer(keyHash, idempotencyKey);
				if (earlier.isPresent()) {
					return earlier.get();
				}
			}
			throw ApiException.conflict("POW_ALREADY_USED",
					"This proof-of-work challenge was already used; request a new one.");
		}
		catch (RuntimeException ex) {
			this.uploader.discard(evidence);
			throw ex;
		}
		// the request's logging context (cleared when the request completes)
		MDC.put("reportId", reportId);
		log.info("Report {} accepted ({} evidence file(s), {})", reportId, evidence.size(),
				anonymous ? "anonymous" : "identified");
		Counter.builder("iblagh.reports.received")
			.description("Reports accepted by intake")
			.tag("category", (content.category() != null) ? content.category().name() : "UNKNOWN")
			.register(this.meters)
			.increment();
		return result(reportId, receipt, evidence);
	}

	/**
	 * What a retry repeats: the parsed report (a record's text names every component, so
	 * JSON spacing or key order do not matter) and each file's name, type and size. The
	 * proof of work is left out; a retry may carry a new one.
	 */
	private static String fingerprint(SubmitReportRequest request, List<IncomingFile> files) {
		StringBuilder text = new StringBuilder(String.valueOf(request));
		for (IncomingFile file : files) {
			text.append('\n')
				.append(file.fileName())
				.append('|')
				.append(file.contentType())
				.append('|')
				.append(file.size());
		}
		return text.toString();
	}

	private Optional<SubmissionResult> earlierAnswer(String keyHash, String idempotencyKey) {
		return this.store.findByIdempotencyKeyHash(keyHash)
			.filter(this::withinReplayWindow)
			.map((r) -> answerFor(r, idempotencyKey));
	}

	private boolean withinReplayWindow(StoredReport earlier) {
		return earlier.createdAt().isAfter(this.clock.instant().minus(REPLAY_WINDOW));
	}

	private SubmissionResult answerFor(StoredReport earlier, String idempotencyKey) {
		return result(earlier.id(), derivedReceipt(idempotencyKey, earlier.id()), earlier.evidence());
	}

	/**
	 * With an Idempotency-Key the receipt is derived from the key, the report id and the
	 * secret receipt key, so a retry gets the same receipt while the receipt itself is
	 * still never stored.
	 */
	private String derivedReceipt(String idempotencyKey, String reportId) {
		String mac = this.receipts.hash("derived:" + idempotencyKey + ":" + reportId);
		StringBuilder digits = new StringBuilder(16);
		for (int i = 0; digits.length() < 16; i += 2) {
			int value = Integer.parseInt(mac.substring(i % 60, i % 60 + 2), 16);
			if (value < 250) {
				digits.append(value % 10);
			}
		}
		return digits.toString();
	}

	private String verifyProof(String header) {
		try {
			return this.proofOfWork.verify(header);
		}
		catch (InvalidProofException ex) {
			HttpStatus status = "POW_MISSING".equals(ex.code()) || "POW_MALFORMED".equals(ex.code())
					? HttpStatus.BAD_REQUEST : HttpStatus.FORBIDDEN;
			throw new ApiException(status, ex.code(), ex.getMessage());
		}
	}

	private static ReporterIdentity identity(SubmitReportRequest.ReporterInput r) {
		return new ReporterIdentity(Ids.reporterRef(), r.fullName().strip(), blankToNull(r.nationalId()),
				blankToNull(r.phone()), blankToNull(r.email()), blankToNull(r.city()));
	}

	private static ReportContent content(SubmitReportRequest r, String reporterRef, Instant now) {
		Category category = (r.category() != null && !r.category().isBlank()) ? Category.valueOf(r.category()) : null;
		List<ContentLocation> locations = (r.contentLocations() != null) ? r.contentLocations()
			.stream()
			.map((l) -> new ContentLocation(l.url().strip(), blankToNull(l.platform())))
			.toList() : List.of();
		List<SuspectIdentifier> identifiers = (r.suspectIdentifiers() != null) ? r.suspectIdentifiers()
			.stream()
			.map((i) -> new SuspectIdentifier(i.type(), i.value().strip()))
			.toList() : List.of();
		Place place = (r.place() != null) ? new Place(blankToNull(r.place().city()), blankToNull(r.place().province()))
				: null;
		return new ReportContent(category, r.description().strip(), r.language(), r.occurredAt(), locations,
				identifiers, place, new ReporterRef(reporterRef == null, reporterRef), now);
	}

	private static ReportContent withoutDescription(ReportContent c) {
		return withDescription(c, null);
	}

	private static ReportContent withDescription(ReportContent c, String description) {
		return new ReportContent(c.category(), description, c.language(), c.factsOccurredAt(), c.contentLocations(),
				c.suspectIdentifiers(), c.place(), c.reporter(), c.receivedAt());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static SubmissionResult result(String reportId, String receipt, List<StoredEvidence> evidence) {
		return new SubmissionResult(reportId, receipt, "/api/v1/follow-up", evidence.stream()
			.map((e) -> new SubmissionResult.EvidenceReceipt(e.evidenceId(), e.fileName(), e.size(), e.sha256()))
			.toList());
	}

}
