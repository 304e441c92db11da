package org.iblagh.evidence.item;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.iblagh.contracts.SecuredEvidence;

/**
 * An evidence file as secured: where it is, what it is, and what was found about it.
 *
 * @param metadata picture facts (width, height, format; capture time, device and GPS when
 * the file carries them)
 * @param previewKey the blurred preview in the derived bucket, null when none may be
 * shown
 */
public record EvidenceItem(String evidenceId, String reportId, String fileName, String mediaType,
		String declaredMediaType, long size, String sha256, String md5, String pdq, Integer pdqQuality,
		List<String> flags, boolean hashListMatch, List<String> duplicateOfReportIds, String bucket, String objectKey,
		Map<String, Object> metadata, Instant securedAt, Instant deletedAt, String previewKey, String thumbnailKey) {

	public EvidenceItem {
		flags = (flags != null) ? List.copyOf(flags) : List.of();
		duplicateOfReportIds = (duplicateOfReportIds != null) ? List.copyOf(duplicateOfReportIds) : List.of();
		metadata = (metadata != null) ? Map.copyOf(metadata) : Map.of();
	}

	public boolean stored() {
		return this.objectKey != null && this.deletedAt == null;
	}

	public SecuredEvidence toContract() {
		return new SecuredEvidence(this.evidenceId, this.fileName, this.mediaType, this.declaredMediaType, this.size,
				this.sha256, this.md5, this.pdq, this.flags, this.hashListMatch, this.duplicateOfReportIds);
	}

}
