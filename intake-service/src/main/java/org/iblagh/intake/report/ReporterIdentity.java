package org.iblagh.intake.report;

/**
 * An identified reporter's contact. Never leaves intake in an event.
 */
public record ReporterIdentity(String reporterRef, String fullName, String nationalId, String phone, String email,
		String city) {
}
