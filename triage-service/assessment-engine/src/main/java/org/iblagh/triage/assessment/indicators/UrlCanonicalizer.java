package org.iblagh.triage.assessment.indicators;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * One spelling per web address, so that two reports naming the same page meet: lowercase
 * scheme and host, no default port, no fragment, no tracking parameters, no trailing
 * slash (except the root, which is "/"). A bare domain gets "https://".
 */
public final class UrlCanonicalizer {

	private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "igshid", "igsh",
			"mc_cid", "mc_eid", "yclid", "_ga", "si", "ref_src", "ref_url", "mibextid");

	private UrlCanonicalizer() {
	}

	public static String canonicalize(String url) {
		String trimmed = stripTrailingPunctuation(url.strip());
		String withScheme = trimmed.matches("(?i)^[a-z][a-z0-9+.-]*://.*") ? trimmed : "https://" + trimmed;
		try {
			URI uri = new URI(withScheme);
			String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
			String host = uri.getHost();
			if (host == null) {
				return withScheme.toLowerCase(Locale.ROOT);
			}
			host = host.toLowerCase(Locale.ROOT);
			if (host.endsWith(".")) {
				host = host.substring(0, host.length() - 1);
			}
			int port = uri.getPort();
			boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http"))
					|| (port == 443 && scheme.equals("https"));
			String path = uri.getRawPath();
			if (path == null || path.isEmpty()) {
				path = "/";
			}
			else if (path.length() > 1 && path.endsWith("/")) {
				path = path.replaceAll("/+$", "");
				if (path.isEmpty()) {
					path = "/";
				}
			}
			StringBuilder out = new StringBuilder(scheme).append("://").append(host);
			if (!defaultPort) {
				out.append(':').append(port);
			}
			out.append(path);
			String query = cleanQuery(uri.getRawQuery());
			if (!query.isEmpty()) {
				out.append('?').append(query);
			}
			return out.toString();
		}
		catch (URISyntaxException ex) {
			return withScheme.toLowerCase(Locale.ROOT);
		}
	}

	private static String cleanQuery(String query) {
		if (query == null || query.isEmpty()) {
			return "";
		}
		StringBuilder kept = new StringBuilder();
		for (String param : query.split("&")) {
			if (param.isEmpty()) {
				continue;
			}
			String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
			if (name.startsWith("utm_") || TRACKING.contains(name)) {
				continue;
			}
			if (kept.length() > 0) {
				kept.append('&');
			}
			kept.append(param);
		}
		return kept.toString();
	}

	static String stripTrailingPunctuation(String text) {
		int end = text.length();
		while (end > 0 && ".,;:!?)]}»\"'،؛".indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return text.substring(0, end);
	}

}
