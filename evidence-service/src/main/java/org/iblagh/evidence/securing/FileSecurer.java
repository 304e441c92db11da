package org.iblagh.evidence.securing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.iblagh.contracts.SubmittedEvidence;
import org.iblagh.evidence.custody.CustodyAction;
import org.iblagh.evidence.custody.Details;
import org.iblagh.evidence.hashing.DigestingInputStream;
import org.iblagh.evidence.hashing.Digests;
import org.iblagh.evidence.inspection.EvidenceFlags;
import org.iblagh.evidence.inspection.MediaTypeCheck;
import org.iblagh.evidence.item.CustodyLog;
import org.iblagh.evidence.item.EvidenceItem;
import org.iblagh.evidence.item.ItemStore;
import org.iblagh.evidence.pdq.PdqBands;
import org.iblagh.evidence.pdq.PdqHash;
import org.iblagh.evidence.pdq.PdqHasher;
import org.iblagh.evidence.pdq.PdqImageReader;
import org.iblagh.evidence.pdq.PdqResult;
import org.iblagh.evidence.storage.EvidenceStore;
import org.iblagh.evidence.storage.ObjectInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secures one quarantined file: copies it write-once to the evidence bucket while hashing
 * it (one streaming pass), checks it, fingerprints pictures, and only then removes the
 * quarantine copy. Every step is safe to repeat after a crash: a replay finds what was
 * already done and continues from there. A damaged file is kept and flagged, never
 * dropped.
 */
public class FileSecurer {

	public static final String ACTOR = "evidence-service";

	private static final Logger log = LoggerFactory.getLogger(FileSecurer.class);

	private static final int DETECTION_BUFFER = 64 * 1024;

	private final EvidenceStore store;

	private final ItemStore items;

	private final CustodyLog custody;

	private final HashLists hashLists;

	private final int pdqThreshold;

	private final Duration initialRetention;

	private final Clock clock;

	private final MediaTypeDetector detector = new MediaTypeDetector();

	private final PdqHasher pdqHasher = new PdqHasher();

	private final PdqImageReader imageReader = new PdqImageReader();

	public FileSecurer(EvidenceStore store, ItemStore items, CustodyLog custody, HashLists hashLists, int pdqThreshold,
			Duration initialRetention, Clock clock) {
		this.store = store;
		this.items = items;
		this.custody = custody;
		this.hashLists = hashLists;
		this.pdqThreshold = pdqThreshold;
		this.initialRetention = initialRetention;
		this.clock = clock;
	}

	public EvidenceItem secure(String reportId, SubmittedEvidence file) {
		Optional<EvidenceItem> done = this.items.find(file.evidenceId());
		if (done.isPresent()) {
			removeQuarantine(file);
			return done.get();
		}
		String evidenceId = file.evidenceId();
		this.custody.appendOnce(evidenceId, CustodyAction.RECEIVED, "intake-service", Details.of("sha256",
				file.sha256(), "size", Long.toString(file.size()), "bucket", file.bucket(), "key", file.objectKey()));
		String key = reportId + "/" + evidenceId;
		Optional<ObjectInfo> stored = this.store.stat(this.store.evidenceBucket(), key);
		Optional<ObjectInfo> quarantined = (file.bucket() != null && file.objectKey() != null)
				? this.store.stat(file.bucket(), file.objectKey()) : Optional.empty();
		if (stored.isEmpty() && quarantined.isEmpty()) {
			log.warn("Evidence {} of report {} is neither in quarantine nor stored", evidenceId, reportId);
			EvidenceItem missing = new EvidenceItem(evidenceId, reportId, file.fileName(), null,
					file.declaredMediaType(), 0, null, null, null, null, List.of(EvidenceFlags.MISSING), false,
					List.of(), null, null, Map.of(), this.clock.instant(), null, null, null);
			return this.items.insertOrGet(missing);
		}
		Copied copied = stored.isEmpty() ? copy(quarantined.get(), key)
				// a previous attempt stored it and stopped: hash what is stored
				: rehash(stored.get());
		Digests digests = copied.digests();
		List<String> flags = new ArrayList<>();
		if (file.sha256() != null && !file.sha256().equalsIgnoreCase(digests.sha256())) {
			flags.add(EvidenceFlags.HASH_MISMATCH);
		}
		if (file.size() != digests.size()) {
			flags.add(EvidenceFlags.SIZE_MISMATCH);
		}
		if (MediaTypeCheck.mismatch(file.declaredMediaType(), copied.mediaType())) {
			flags.add(EvidenceFlags.MEDIA_TYPE_MISMATCH);
		}
		this.custody.appendOnce(evidenceId, CustodyAction.VERIFIED, ACTOR,
				Details.of("sha256", digests.sha256(), "md5", digests.md5(), "size", Long.toString(digests.size()),
						"mediaType", copied.mediaType(), "flags", String.join(",", flags)));
		this.custody.appendOnce(evidenceId, CustodyAction.STORED, ACTOR,
				Details.of("bucket", this.store.evidenceBucket(), "key", key, "sha256", digests.sha256()));

		Picture picture = copied.mediaType().startsWith("image/") ? picture(key) : Picture.NONE;
		if (picture.corrupt()) {
			flags.add(EvidenceFlags.CORRUPT);
		}
		if (picture.pdq() != null && picture.pdq().quality() < 50) {
			flags.add(EvidenceFlags.LOW_QUALITY_PDQ);
		}
		String pdqHex = (picture.pdq() != null) ? picture.pdq().hash().toHex() : null;
		boolean hashListMatch = this.hashLists.current().match(digests.sha256(), digests.md5(), pdqHex).isPresent();
		if (hashListMatch) {
			flags.add(EvidenceFlags.HASH_LIST_MATCH);
		}
		List<String> duplicates = duplicates(reportId, digests.sha256(), pdqHex);
		if (!duplicates.isEmpty()) {
			flags.add(EvidenceFlags.DUPLICATE);
		}
		String previewKey = null;
		String thumbnailKey = null;
		// known illegal material is never rendered again, not even blurred
		if (picture.image() != null && !hashListMatch) {
			thumbnailKey = key + "/thumbnail.jpg";
			previewKey = key + "/preview.jpg";
			this.store.putDerived(thumbnailKey, DerivedImages.thumbnail(picture.image()), "image/jpeg");
			this.store.putDerived(previewKey, DerivedImages.blurredPreview(picture.image()), "image/jpeg");
		}
		EvidenceItem item = new EvidenceItem(evidenceId, reportId, file.fileName(), copied.mediaType(),
				file.declaredMediaType(), digests.size(), digests.sha256(), digests.md5(), pdqHex,
				(picture.pdq() != null) ? picture.pdq().quality() : null, flags, hashListMatch, duplicates,
				this.store.evidenceBucket(), key, picture.metadata(), this.clock.instant(), null, previewKey,
				thumbnailKey);
		EvidenceItem kept = this.items.insertOrGet(item);
		removeQuarantine(file);
		return kept;
	}

	private Copied copy(ObjectInfo source, String key) {
		try (InputStream raw = this.store.open(source.bucket(), source.key());
				BufferedInputStream in = new BufferedInputStream(raw, DETECTION_BUFFER)) {
			String mediaType = this.detector.detect(in);
			DigestingInputStream digesting = new DigestingInputStream(in);
			this.store.putEvidenceOnce(key, digesting, source.size(), mediaType,
					this.clock.instant().plus(this.initialRetention));
			return new Copied(digesting.finish(), mediaType);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Copied rehash(ObjectInfo stored) {
		try (InputStream raw = this.store.open(stored.bucket(), stored.key());
				BufferedInputStream in = new BufferedInputStream(raw, DETECTION_BUFFER)) {
			String mediaType = this.detector.detect(in);
			return new Copied(DigestingInputStream.of(in), mediaType);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Picture picture(String key) {
		try (InputStream in = this.store.open(this.store.evidenceBucket(), key)) {
			PdqImageReader.DecodedImage decoded = this.imageReader.read(in);
			if (decoded == null) {
				return Picture.NONE;
			}
			PdqResult pdq = this.pdqHasher.hash(decoded.image());
			Map<String, Object> metadata = new LinkedHashMap<>();
			metadata.put("width", decoded.width());
			metadata.put("height", decoded.height());
			metadata.put("format", decoded.format());
			return new Picture(decoded.image(), pdq, metadata, decoded.damaged());
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof org.iblagh.evidence.storage.StorageUnavailableException unavailable) {
				throw unavailable;
			}
			// kept as evidence all the same: a damaged picture may be all there is
			return new Picture(null, null, Map.of(), true);
		}
	}

	private List<String> duplicates(String reportId, String sha256, String pdqHex) {
		Set<String> reports = new LinkedHashSet<>(this.items.reportsWithSha256(sha256, reportId));
		if (pdqHex != null) {
			PdqHash mine = PdqHash.fromHex(pdqHex);
			Map<String, List<String>> candidates = PdqBands.findsAllWithin(this.pdqThreshold)
					? this.items.pdqSharingABandByReport(pdqHex, reportId) : this.items.pdqByReport(reportId);
			candidates.forEach((other, hashes) -> {
				if (hashes.stream().anyMatch((h) -> PdqHash.fromHex(h).isNear(mine, this.pdqThreshold))) {
					reports.add(other);
				}
			});
		}
		return List.copyOf(reports);
	}

	private void removeQuarantine(SubmittedEvidence file) {
		if (file.bucket() != null && file.objectKey() != null
				&& this.store.stat(file.bucket(), file.objectKey()).isPresent()) {
			this.store.removeQuarantine(file.bucket(), file.objectKey());
		}
	}

	private record Copied(Digests digests, String mediaType) {
	}

	private record Picture(java.awt.image.BufferedImage image, PdqResult pdq, Map<String, Object> metadata,
			boolean corrupt) {

		static final Picture NONE = new Picture(null, null, Map.of(), false);

	}

}
