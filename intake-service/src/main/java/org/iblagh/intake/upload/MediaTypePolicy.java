package org.iblagh.intake.upload;

import java.util.Locale;
import java.util.Set;

/**
 * Which evidence types are accepted and whether a declared type agrees with what the
 * content's magic bytes say. Evidence is screenshots, documents, recordings and text:
 * anything else (executables, archives, scripts) is refused, whatever its name claims.
 */
public final class MediaTypePolicy {

	private static final Set<String> ALLOWED_EXACT = Set.of("application/pdf", "text/plain");

	private static final Set<String> ALLOWED_FAMILIES = Set.of("image", "video", "audio");

	/** Types a browser sends when it does not know; they claim nothing. */
	private static final Set<String> UNDECLARED = Set.of("", "application/octet-stream", "binary/octet-stream");

	private MediaTypePolicy() {
	}

	/** Whether content detected as this type may be kept as evidence. */
	public static boolean isAllowed(String detected) {
		String type = base(detected);
		return ALLOWED_EXACT.contains(type) || ALLOWED_FAMILIES.contains(family(type));
	}

	/**
	 * Whether the declared type is compatible with the detected one: the same family
	 * (images, text…), or audio and video for the containers that hold either.
	 */
	public static boolean agrees(String declared, String detected) {
		String claimed = base(declared);
		String actual = base(detected);
		if (UNDECLARED.contains(claimed) || claimed.equals(actual)) {
			return true;
		}
		String claimedFamily = family(claimed);
		String actualFamily = family(actual);
		if (claimedFamily.equals(actualFamily)) {
			return !"application".equals(claimedFamily);
		}
		Set<String> media = Set.of("audio", "video");
		return media.contains(claimedFamily) && media.contains(actualFamily);
	}

	static String base(String type) {
		if (type == null) {
			return "";
		}
		int semicolon = type.indexOf(';');
		return ((semicolon >= 0) ? type.substring(0, semicolon) : type).strip().toLowerCase(Locale.ROOT);
	}

	private static String family(String type) {
		int slash = type.indexOf('/');
		return (slash > 0) ? type.substring(0, slash) : type;
	}

}
