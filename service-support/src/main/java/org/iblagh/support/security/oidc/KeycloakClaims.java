package org.iblagh.support.security.oidc;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads who a token speaks for from the claims of the {@code iblagh} realm: realm roles
 * (Keycloak's {@code realm_access.roles}, or the flat {@code roles} claim the realm's
 * mapper adds), and the office as membership of group {@code /offices/<officeId>} (or an
 * {@code office} claim, if a provider maps one).
 *
 * <p>
 * The principal's name is what the services compare and audit: for an office it is the
 * office id, exactly as with an office key, so "an office sees only its own referrals"
 * holds the same with tokens; for a person it is the user name.
 */
public final class KeycloakClaims {

	/**
	 * The roles the platform knows; any other realm role grants nothing here.
	 * {@code EVIDENCE_PREVIEW} is the services' own account: it may fetch blurred
	 * previews from evidence-service for the console, which audits who sees them, and
	 * nothing else.
	 */
	public static final Set<String> ROLES = Set.of("ANALYST", "SUPERVISOR", "OFFICE", "EVIDENCE_PREVIEW");

	static final String OFFICE_GROUP_PREFIX = "/offices/";

	/** Same shape as the office ids of shared/data/morocco ({@code TPI-RABAT}). */
	private static final Pattern OFFICE_ID = Pattern.compile("[A-Z][A-Z0-9_-]{1,63}");

	private KeycloakClaims() {
	}

	/**
	 * The platform roles the claims carry, without the {@code ROLE_} prefix. OFFICE
	 * counts only when the token names exactly one office: an office account without its
	 * office could otherwise read nothing but would still pass the role checks.
	 */
	public static Set<String> roles(Map<String, Object> claims) {
		Set<String> roles = new LinkedHashSet<>();
		if (claims.get("realm_access") instanceof Map<?, ?> realmAccess) {
			addStrings(realmAccess.get("roles"), roles);
		}
		addStrings(claims.get("roles"), roles);
		roles.retainAll(ROLES);
		if (office(claims).isEmpty()) {
			roles.remove("OFFICE");
		}
		return roles;
	}

	/** The one office the claims name, if exactly one. */
	public static Optional<String> office(Map<String, Object> claims) {
		Set<String> offices = new LinkedHashSet<>();
		if (claims.get("office") instanceof String office) {
			offices.add(office);
		}
		Set<String> groups = new LinkedHashSet<>();
		addStrings(claims.get("groups"), groups);
		for (String group : groups) {
			if (group.startsWith(OFFICE_GROUP_PREFIX)) {
				offices.add(group.substring(OFFICE_GROUP_PREFIX.length()));
			}
		}
		offices.removeIf((id) -> !OFFICE_ID.matcher(id).matches());
		return (offices.size() == 1) ? Optional.of(offices.iterator().next()) : Optional.empty();
	}

	/**
	 * The office id for an office's token; otherwise the user name
	 * ({@code preferred_username}), else the subject.
	 */
	public static String principalName(Map<String, Object> claims) {
		// an office's token always acts as that office, so no user name can pose as one
		if (roles(claims).contains("OFFICE")) {
			return office(claims).orElseThrow();
		}
		if (claims.get("preferred_username") instanceof String name && !name.isBlank()) {
			return name;
		}
		return String.valueOf(claims.get("sub"));
	}

	/** Spring Security authority names ({@code ROLE_ANALYST}, …). */
	public static List<String> authorities(Map<String, Object> claims) {
		return roles(claims).stream().map((role) -> "ROLE_" + role).toList();
	}

	private static void addStrings(Object value, Set<String> into) {
		if (value instanceof Collection<?> values) {
			for (Object item : values) {
				if (item instanceof String text) {
					into.add(text);
				}
			}
		}
	}

}
