package org.iblagh.intake.submission;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
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
import org.iblagh.intake.config.IntakeProperties;
import org.iblagh.intake.pow.InvalidProofException;
import org.iblagh.intake.pow.ProofOfWork;
import org.iblagh.intake.receipt.ReceiptIssuer;
import org.iblagh.intake.report.ReportStore;
import org.iblagh.intake.report.ReporterIdentity;
import org.iblagh.intake.report.StatusEntry;
import org.iblagh.intake.report.StoredEvidence;
import org.iblagh.intake.report.StoredReport;
import org.iblagh.intake.storage.QuarantineStore;
import org.iblagh.support.messaging.EventCodec;
import org.iblagh.support.messaging.OutboxEntry;
import org.iblagh.support.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private final ReportStore store;

	private final QuarantineStore quarantine;

	private final EventCodec codec;

	private final IntakeProperties properties;

	private final Clock clock;

	ReportSubmissionService(ProofOfWork proofOfWork, ReceiptIssuer receipts, ReportStore store,
			QuarantineStore quarantine, EventCodec codec, IntakeProperties properties, Clock clock) {
		this.proofOfWork = proofOfWork;
		this.receipts = receipts;
		this.store = store;
		this.quarantine = quarantine;
		this.codec = codec;
		this.properties = properties;
		this.clock = clock;
	}

	public SubmissionResult submit(SubmitReportRequest request, List<IncomingFile> files, String proofHeader,
			String idempotencyKey) {
		String keyHash = null;
		if (idempotencyKey != null) {
			if (idempotencyKey.isBlank() || idempotencyKey.length() > 128) {
				throw ApiException.badRequest("INVALID_IDEMPOTENCY_KEY",
						"Idempotency-Key must be 1 to 128 characters.");
			}
			keyHash = this.receipts.hash("idempotency:" + idempotencyKey);
			Optional<SubmissionResult> earlier = earlierAnswer(keyHash, idempotencyKey);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		String powId = verifyProof(proofHeader);
		List<ApiException.FieldProblem> errors = SubmissionValidator.validate(request);
		checkFiles(files, errors);
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		String reportId = Ids.reportId();
		String receipt = (idempotencyKey != null) ? derivedReceipt(idempotencyKey, reportId)
				: this.receipts.newReceipt();
		List<StoredEvidence> evidence = storeEvidence(reportId, files);
		Instant now = this.clock.instant();
		boolean anonymous = request.anonymous();
		ReporterIdentity identity = anonymous ? null : identity(request.reporter());
		ReportContent content = content(request, anonymous ? null : identity.reporterRef(), now);
		ReportSubmitted submitted = new ReportSubmitted(Ids.eventId(), now, reportId, 1, content,
				evidence.stream()
					.map((e) -> new SubmittedEvidence(e.evidenceId(), e.fileName(), e.declaredMediaType(), e.size(),
							e.sha256(), e.bucket(), e.objectKey()))
					.toList());
		ReportStatusChanged status = new ReportStatusChanged(Ids.eventId(), now, reportId, 1, ReportStatus.SUBMITTED,
				"intake-service", null);
		StoredReport report = new StoredReport(reportId, this.receipts.hash(receipt), powId,
				(keyHash != null) ? keyHash : "none:" + reportId, content, identity, evidence,
				List.of(new StatusEntry(ReportStatus.SUBMITTED, now, status.eventId())), List.of(),
				List.of(OutboxEntry.of(submitted, this.codec), OutboxEntry.of(status, this.codec)), now);
		try {
			this.store.insert(report);
		}
		catch (DuplicateKeyException ex) {
			evidence.forEach((e) -> this.quarantine.delete(e.objectKey()));
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
			evidence.forEach((e) -> this.quarantine.delete(e.objectKey()));
			throw ex;
		}
		log.info("Report {} accepted ({} evidence file(s), {})", reportId, evidence.size(),
				anonymous ? "anonymous" : "identified");
		return result(reportId, receipt, evidence);
	}

	private Optional<SubmissionResult> earlierAnswer(String keyHash, String idempotencyKey) {
		return this.store.findByIdempotencyKeyHash(keyHash)
			.filter((r) -> r.createdAt().isAfter(this.clock.instant().minus(java.time.Duration.ofHours(24))))
			.map((r) -> result(r.id(), derivedReceipt(idempotencyKey, r.id()), r.evidence()));
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

	private void checkFiles(List<IncomingFile> files, List<ApiException.FieldProblem> errors) {
		if (files.size() > this.properties.maxFiles()) {
			errors.add(new ApiException.FieldProblem("evidence", "TOO_MANY_FILES",
					"At most " + this.properties.maxFiles() + " files."));
		}
		for (int i = 0; i < files.size(); i++) {
			IncomingFile f = files.get(i);
			if (f.size() == 0) {
				errors.add(new ApiException.FieldProblem("evidence[" + i + "]", "EMPTY_FILE", "The file is empty."));
			}
			else if (f.size() > this.properties.maxFileSize()) {
				errors.add(new ApiException.FieldProblem("evidence[" + i + "]", "FILE_TOO_LARGE",
						"The file is larger than " + (this.properties.maxFileSize() / (1024 * 1024)) + " MiB."));
			}
			if (f.fileName() == null || f.fileName().isBlank() || f.fileName().length() > 255) {
				errors.add(new ApiException.FieldProblem("evidence[" + i + "]", "INVALID_FILE_NAME",
						"The file needs a name of at most 255 characters."));
			}
		}
	}

	private List<StoredEvidence> storeEvidence(String reportId, List<IncomingFile> files) {
		List<StoredEvidence> stored = new ArrayList<>();
		try {
			for (IncomingFile file : files) {
				String evidenceId = Ids.evidenceId();
				String key = reportId + "/" + evidenceId;
				try (InputStream in = file.open()) {
					QuarantineStore.StoredObject object = this.quarantine.put(key, in, file.size(), file.contentType());
					stored.add(new StoredEvidence(evidenceId, safeFileName(file.fileName()), file.contentType(),
							object.size(), object.sha256(), object.bucket(), key));
				}
			}
			return stored;
		}
		catch (IOException | RuntimeException ex) {
			stored.forEach((e) -> this.quarantine.delete(e.objectKey()));
			log.warn("Evidence upload failed, report not stored: {}", ex.toString());
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "EVIDENCE_STORE_UNAVAILABLE",
					"Your files could not be stored right now; nothing was kept. Please try again.");
		}
	}

	/** Keeps the base name only: no paths, no control characters. */
	static String safeFileName(String name) {
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		base = base.replaceAll("[\\p{Cntrl}]", "").strip();
		return base.isEmpty() ? "file" : base;
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

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static SubmissionResult result(String reportId, String receipt, List<StoredEvidence> evidence) {
		return new SubmissionResult(reportId, receipt, "/api/v1/follow-up", evidence.stream()
			.map((e) -> new SubmissionResult.EvidenceReceipt(e.evidenceId(), e.fileName(), e.size(), e.sha256()))
			.toList());
	}

}
