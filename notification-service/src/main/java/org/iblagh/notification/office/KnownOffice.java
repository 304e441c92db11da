package org.iblagh.notification.office;

/**
 * An office that can receive referrals.
 *
 * @param kind COURT_OF_APPEAL, FIRST_INSTANCE, POLICE or DUTY
 */
public record KnownOffice(String id, String kind, String nameFr, String nameAr) {

	public String name(String language) {
		return ("ar".equals(language) && this.nameAr != null && !this.nameAr.isBlank()) ? this.nameAr : this.nameFr;
	}

}
