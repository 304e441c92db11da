package org.iblagh.evidence.web;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iblagh.evidence.custody.CustodyAction;
import org.iblagh.evidence.custody.CustodyEntry;
import org.iblagh.evidence.custody.CustodyVerdict;
import org.iblagh.evidence.custody.Details;
import org.iblagh.evidence.hashing.DigestingInputStream;
import org.iblagh.evidence.item.CustodyLog;
import org.iblagh.evidence.item.EvidenceItem;
import org.iblagh.evidence.item.ItemStore;
import org.iblagh.evidence.storage.EvidenceStore;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Investigators' access to one evidence item: metadata, the blurred preview and the
 * original (both audited as VIEWED; never for known illegal material) and the integrity
 * check.
 */
@RestController
@RequestMapping("/api/v1/evidence/{evidenceId}")
class EvidenceController {

	private final ItemStore items;

	private final CustodyLog custody;

	private final EvidenceStore store;

	private final Problems problems;

	EvidenceController(ItemStore items, CustodyLog custody, EvidenceStore store, Problems problems) {
		this.items = items;
		this.custody = custody;
		this.store = store;
		this.problems = problems;
	}

	@GetMapping
	Map<String, Object> metadata(@PathVariable String evidenceId) {
		EvidenceItem item = item(evidenceId);
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("evidenceId", item.evidenceId());
		view.put("reportId", item.reportId());
		view.put("fileName", item.fileName());
		view.put("mediaType", item.mediaType());
		view.put("declaredMediaType", item.declaredMediaType());
		view.put("size", item.size());
		view.put("sha256", item.sha256());
		view.put("md5", item.md5());
		view.put("pdq", item.pdq());
		view.put("pdqQuality", item.pdqQuality());
		view.put("flags", item.flags());
		view.put("hashListMatch", item.hashListMatch());
		view.put("duplicateOfReportIds", item.duplicateOfReportIds());
		view.put("metadata", item.metadata());
		view.put("securedAt", item.securedAt());
		view.put("deletedAt", item.deletedAt());
		view.put("previewAvailable", item.previewKey() != null);
		return view;
	}

	@GetMapping("/custody")
	List<CustodyEntry> custody(@PathVariable String evidenceId) {
		item(evidenceId);
		return this.custody.entries(evidenceId);
	}

	@GetMapping("/content")
	ResponseEntity<StreamingResponseBody> content(@PathVariable String evidenceId, Authentication caller) {
		EvidenceItem item = item(evidenceId);
		if (item.hashListMatch()) {
			throw this.problems.of(HttpStatus.FORBIDDEN, "HASH_LIST_MATCH");
		}
		if (!item.stored()) {
			throw this.problems.of(HttpStatus.GONE, "EVIDENCE_DELETED");
		}
		// recorded before a single byte leaves: a view that failed half-way still counts
		this.custody.append(evidenceId, CustodyAction.VIEWED, Actors.actor(caller), Details.of("what", "original"));
		InputStream in = this.store.open(item.bucket(), item.objectKey());
		return ResponseEntity.ok()
			.contentType(safeType(item.mediaType()))
			.contentLength(item.size())
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(item.evidenceId()).build().toString())
			.body((out) -> {
				try (in) {
					in.transferTo(out);
				}
			});
	}

	@GetMapping("/preview")
	ResponseEntity<StreamingResponseBody> preview(@PathVariable String evidenceId, Authentication caller) {
		EvidenceItem item = item(evidenceId);
		if (item.hashListMatch() || item.previewKey() == null) {
			throw this.problems.of(HttpStatus.NOT_FOUND, "NO_PREVIEW");
		}
		// blurred, but still a look at the content: whoever asks is on record, as for the
		// original
		this.custody.append(evidenceId, CustodyAction.VIEWED, Actors.actor(caller), Details.of("what", "preview"));
		InputStream in = this.store.open(this.store.derivedBucket(), item.previewKey());
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.cacheControl(CacheControl.noStore())
			.body((out) -> {
				try (in) {
					in.transferTo(out);
				}
			});
	}

	@GetMapping("/verify")
	Map<String, Object> verify(@PathVariable String evidenceId) throws Exception {
		EvidenceItem item = item(evidenceId);
		List<CustodyEntry> entries = this.custody.entries(evidenceId);
		String recomputed = null;
		if (item.stored() && this.store.stat(item.bucket(), item.objectKey()).isPresent()) {
			try (InputStream in = this.store.open(item.bucket(), item.objectKey())) {
				recomputed = DigestingInputStream.of(in).sha256();
			}
		}
		CustodyVerdict verdict = CustodyVerdict.verify(entries, item.sha256(), recomputed);
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("evidenceId", evidenceId);
		view.put("result", verdict.intact() ? "INTACT" : "TAMPERED");
		view.put("sha256", recomputed);
		if (verdict.brokenAt() != null) {
			view.put("brokenAt", verdict.brokenAt());
		}
		return view;
	}

	private EvidenceItem item(String evidenceId) {
		return this.items.find(evidenceId)
			.orElseThrow(() -> this.problems.of(HttpStatus.NOT_FOUND, "EVIDENCE_NOT_FOUND"));
	}

	private static MediaType safeType(String mediaType) {
		try {
			return (mediaType != null) ? MediaType.parseMediaType(mediaType) : MediaType.APPLICATION_OCTET_STREAM;
		}
		catch (RuntimeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

}
