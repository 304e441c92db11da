package org.iblagh.evidence.inspection;

import java.util.Locale;
import java.util.Map;

/**
 * Compares the media type a client declared with the one detected from the content.
 * Aliases and parameters do not count as a mismatch; an unknown or generic declaration
 * cannot be contradicted.
 */
public final class MediaTypeCheck {

	private static final Map<String, String> ALIASES = Map.of("image/jpg", "image/jpeg", "image/pjpeg", "image/jpeg",
			"image/x-png", "image/png", "audio/mp3", "audio/mpeg", "video/x-m4v", "video/mp4", "text/x-log",
			"text/plain", "application/x-pdf", "application/pdf");

	private MediaTypeCheck() {
	}

	public static String normalize(String mediaType) {
		if (mediaType == null || mediaType.isBlank()) {
			return null;
		}
		String base = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		return ALIASES.getOrDefault(base, base);
	}

	public static boolean mismatch(String declared, String detected) {
		String d = normalize(declared);
		String actual = normalize(detected);
		if (d == null || actual == null || d.equals("application/octet-stream")) {
			return false;
		}
		if (actual.equals("application/octet-stream")) {
			// the declared type claims a format the content does not have
			return !d.startsWith("text/");
		}
		if (d.equals(actual)) {
			return false;
		}
		// text subtypes are guessed from content; plain text declared as csv is no lie
		return !(d.startsWith("text/") && actual.startsWith("text/"));
	}

}
