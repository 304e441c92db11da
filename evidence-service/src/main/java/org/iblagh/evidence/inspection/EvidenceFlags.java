package org.iblagh.evidence.inspection;

/**
 * Flags carried per evidence item in {@code EvidenceSecured}. Codes never change.
 */
public final class EvidenceFlags {

	/** The content is not of the type the reporter's browser declared. */
	public static final String MEDIA_TYPE_MISMATCH = "MEDIA_TYPE_MISMATCH";

	/**
	 * The stored bytes do not hash to the SHA-256 intake computed while receiving them.
	 */
	public static final String HASH_MISMATCH = "HASH_MISMATCH";

	/** Fewer or more bytes than intake received: kept, but flagged. */
	public static final String SIZE_MISMATCH = "SIZE_MISMATCH";

	/** A picture that cannot be decoded, or decodes only partly (truncated). */
	public static final String CORRUPT = "CORRUPT";

	/** Matches a list of known illegal material: never rendered to an investigator. */
	public static final String HASH_LIST_MATCH = "HASH_LIST_MATCH";

	/** The same or a near-identical file is in another report. */
	public static final String DUPLICATE = "DUPLICATE";

	/** The quarantine object was not found: nothing could be secured. */
	public static final String MISSING = "MISSING";

	/** A picture too flat for its perceptual hash to be trusted (PDQ quality < 50). */
	public static final String LOW_QUALITY_PDQ = "LOW_QUALITY_PDQ";

	private EvidenceFlags() {
	}

}
