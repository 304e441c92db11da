package org.iblagh.notification.office.security;

import org.iblagh.support.web.ApiException;

import org.springframework.security.core.Authentication;

/**
 * An office sees and answers only its own referrals; a supervisor may read every feed (to
 * operate the service) but answers for no office.
 */
public final class OfficeAccess {

	private OfficeAccess() {
	}

	public static void requireReader(Authentication auth, String officeId) {
		if (isOffice(auth, officeId) || hasRole(auth, "ROLE_SUPERVISOR")) {
			return;
		}
		throw ApiException.forbidden("FORBIDDEN_OFFICE", "This office's referrals are not yours to read.");
	}

	public static void requireOffice(Authentication auth, String officeId) {
		if (!isOffice(auth, officeId)) {
			throw ApiException.forbidden("FORBIDDEN_OFFICE", "Only the office a referral was sent to may answer it.");
		}
	}

	public static boolean isOffice(Authentication auth, String officeId) {
		return auth != null && hasRole(auth, OfficeKeyAuthenticationProvider.ROLE_OFFICE)
				&& auth.getName().equals(officeId);
	}

	private static boolean hasRole(Authentication auth, String role) {
		return auth != null && auth.getAuthorities().stream().anyMatch((a) -> role.equals(a.getAuthority()));
	}

}
