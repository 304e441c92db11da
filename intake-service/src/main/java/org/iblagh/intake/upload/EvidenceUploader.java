package org.iblagh.intake.upload;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.apache.tika.Tika;
import org.iblagh.intake.report.StoredEvidence;
import org.iblagh.intake.storage.QuarantineStore;
import org.iblagh.support.web.ApiException;
import org.iblagh.support.web.ApiException.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;

/**
 * Checks evidence files (limits, names, type by magic bytes) and then streams them to the
 * quarantine bucket with their SHA-256. All files are checked before the first byte is
 * stored, and a failure while storing removes what was already stored: a refused or
 * failed upload leaves no object behind.
 */
public class EvidenceUploader {

	private static final Logger log = LoggerFactory.getLogger(EvidenceUploader.class);

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Object storage's circuit breaker tries again after seconds, not minutes. */
	private static final long RETRY_AFTER_SECONDS = 10;

	private final QuarantineStore quarantine;

	private final UploadLimits limits;

	private final Tika tika = new Tika();

	public EvidenceUploader(QuarantineStore quarantine, UploadLimits limits) {
		this.quarantine = quarantine;
		this.limits = limits;
	}

	public UploadLimits limits() {
		return this.limits;
	}

	/**
	 * Field problems of the files (limits and names), without reading them.
	 */
	public List<FieldProblem> checkLimits(List<IncomingFile> files, long alreadyStored) {
		List<FieldProblem> errors = new ArrayList<>(
				this.limits.check(files.stream().map(IncomingFile::size).toList(), alreadyStored));
		for (int i = 0; i < files.size(); i++) {
			String name = files.get(i).fileName();
			if (name == null || name.isBlank() || name.length() > 255) {
				errors.add(new FieldProblem("evidence[" + i + "]", "INVALID_FILE_NAME",
						"The file needs a name of at most 255 characters."));
			}
		}
		return errors;
	}

	/**
	 * Reads the first bytes of each file and refuses types that are not evidence (415) or
	 * that contradict their declared type (400).
	 * @return the detected media type of each file
	 */
	public List<String> checkTypes(List<IncomingFile> files) {
		List<String> detected = new ArrayList<>();
		List<FieldProblem> unsupported = new ArrayList<>();
		List<FieldProblem> mismatched = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			IncomingFile file = files.get(i);
			String type = detect(file);
			detected.add(type);
			if (!MediaTypePolicy.isAllowed(type)) {
				unsupported.add(new FieldProblem("evidence[" + i + "]", "UNSUPPORTED_TYPE",
						"Only images, PDF documents, videos, audio recordings and text files are accepted."));
			}
			else if (!MediaTypePolicy.agrees(file.contentType(), type)) {
				mismatched.add(new FieldProblem("evidence[" + i + "]", "TYPE_MISMATCH",
						"The file's content does not match its declared type."));
			}
		}
		if (!unsupported.isEmpty()) {
			unsupported.addAll(mismatched);
			throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_EVIDENCE_TYPE",
					"A file is of a type that is not accepted as evidence.", unsupported, null);
		}
		if (!mismatched.isEmpty()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "EVIDENCE_TYPE_MISMATCH",
					"A file's content does not match its declared type.", mismatched, null);
		}
		return detected;
	}

	/**
	 * Streams the files to quarantine under {@code <reportId>/<evidenceId>}.
	 * @param mediaTypes as returned by {@link #checkTypes}
	 */
	public List<StoredEvidence> store(String reportId, List<IncomingFile> files, List<String> mediaTypes) {
		List<StoredEvidence> stored = new ArrayList<>();
		try {
			for (int i = 0; i < files.size(); i++) {
				IncomingFile file = files.get(i);
				String evidenceId = "E-" + random(12);
				String key = reportId + "/" + evidenceId;
				try (InputStream in = file.open()) {
					QuarantineStore.StoredObject object = this.quarantine.put(key, in, file.size(), mediaTypes.get(i));
					stored.add(new StoredEvidence(evidenceId, safeFileName(file.fileName()), mediaTypes.get(i),
							object.size(), object.sha256(), object.bucket(), key));
				}
			}
			return stored;
		}
		catch (IOException | RuntimeException ex) {
			discard(stored);
			log.warn("Evidence upload failed, nothing kept: {}", ex.getClass().getSimpleName());
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "EVIDENCE_STORE_UNAVAILABLE",
					"Your files could not be stored right now; nothing was kept. Please try again.", List.of(),
					RETRY_AFTER_SECONDS);
		}
	}

	/** Removes stored objects of a submission that was not accepted after all. */
	public void discard(List<StoredEvidence> stored) {
		stored.forEach((e) -> this.quarantine.delete(e.objectKey()));
	}

	private String detect(IncomingFile file) {
		// magic bytes only: the name and the declared type are what is being checked
		try (InputStream in = new BufferedInputStream(file.open(), 64 * 1024)) {
			return this.tika.detect(in);
		}
		catch (IOException ex) {
			throw ApiException.badRequest("EVIDENCE_UNREADABLE", "A file could not be read.");
		}
	}

	/** Keeps the base name only: no paths, no control characters. */
	public static String safeFileName(String name) {
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		base = base.replaceAll("[\\p{Cntrl}]", "").strip();
		return base.isEmpty() ? "file" : base;
	}

	private static String random(int length) {
		char[] chars = new char[length];
		for (int i = 0; i < length; i++) {
			chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(chars);
	}

}
