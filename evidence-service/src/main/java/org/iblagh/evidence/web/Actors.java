package org.iblagh.evidence.web;

import org.springframework.security.core.Authentication;

/**
 * Who an authenticated caller is, as written in custody entries.
 */
final class Actors {

	static final String OFFICE_ROLE = "ROLE_OFFICE";

	private Actors() {
	}

	static boolean isOffice(Authentication authentication) {
		return authentication.getAuthorities().stream().anyMatch((a) -> OFFICE_ROLE.equals(a.getAuthority()));
	}

	static String actor(Authentication authentication) {
		return (isOffice(authentication) ? "office:" : "user:") + authentication.getName();
	}

}
