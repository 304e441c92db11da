package org.iblagh.intake.submission;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.iblagh.contracts.Category;
import org.iblagh.support.web.ApiException.FieldProblem;

/**
 * Checks a submission at the edge, field by field, before anything is stored.
 */
public final class SubmissionValidator {

	static final int MIN_DESCRIPTION = 20;

	static final int MAX_DESCRIPTION = 20_000;

	private static final Set<String> IDENTIFIER_TYPES = Set.of("PHONE", "EMAIL", "HANDLE", "URL", "IBAN",
			"CRYPTO_WALLET", "OTHER");

	private static final Set<String> LANGUAGES = Set.of("ar", "fr", "en", "es", "zgh", "ber");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,}$");

	private static final Pattern PHONE = Pattern.compile("^[+0-9 ().-]{6,25}$");

	private static final Set<Category> CATEGORIES = EnumSet.allOf(Category.class);

	private SubmissionValidator() {
	}

	public static List<FieldProblem> validate(SubmitReportRequest r) {
		List<FieldProblem> errors = new ArrayList<>();
		if (r == null) {
			errors.add(new FieldProblem("", "REQUIRED", "A report is required."));
			return errors;
		}
		if (r.category() != null && !r.category().isBlank()
				&& CATEGORIES.stream().noneMatch((c) -> c.name().equals(r.category()))) {
			errors.add(new FieldProblem("category", "UNKNOWN_CATEGORY", "Unknown category."));
		}
		String description = (r.description() != null) ? r.description().strip() : "";
		if (description.isEmpty()) {
			errors.add(new FieldProblem("description", "REQUIRED", "Describe what happened."));
		}
		else if (description.codePointCount(0, description.length()) < MIN_DESCRIPTION) {
			errors.add(new FieldProblem("description", "TOO_SHORT",
					"The description needs at least " + MIN_DESCRIPTION + " characters."));
		}
		else if (description.codePointCount(0, description.length()) > MAX_DESCRIPTION) {
			errors.add(new FieldProblem("description", "TOO_LONG",
					"The description may have at most " + MAX_DESCRIPTION + " characters."));
		}
		if (r.language() != null && !LANGUAGES.contains(r.language())) {
			errors.add(new FieldProblem("language", "UNKNOWN_LANGUAGE", "Unknown language."));
		}
		List<SubmitReportRequest.Location> locations = (r.contentLocations() != null) ? r.contentLocations()
				: List.of();
		if (locations.size() > 20) {
			errors.add(new FieldProblem("contentLocations", "TOO_MANY", "At most 20 locations."));
		}
		for (int i = 0; i < Math.min(locations.size(), 20); i++) {
			SubmitReportRequest.Location l = locations.get(i);
			if (l == null || l.url() == null || l.url().isBlank() || l.url().length() > 2000) {
				errors.add(new FieldProblem("contentLocations[" + i + "].url", "INVALID", "A link is required."));
			}
			if (l != null && l.platform() != null && l.platform().length() > 40) {
				errors.add(new FieldProblem("contentLocations[" + i + "].platform", "INVALID", "Unknown platform."));
			}
		}
		List<SubmitReportRequest.Identifier> identifiers = (r.suspectIdentifiers() != null) ? r.suspectIdentifiers()
				: List.of();
		if (identifiers.size() > 50) {
			errors.add(new FieldProblem("suspectIdentifiers", "TOO_MANY", "At most 50 identifiers."));
		}
		for (int i = 0; i < Math.min(identifiers.size(), 50); i++) {
			SubmitReportRequest.Identifier id = identifiers.get(i);
			if (id == null || id.type() == null || !IDENTIFIER_TYPES.contains(id.type())) {
				errors.add(new FieldProblem("suspectIdentifiers[" + i + "].type", "INVALID",
						"Type must be one of " + IDENTIFIER_TYPES + "."));
			}
			if (id == null || id.value() == null || id.value().isBlank() || id.value().length() > 500) {
				errors.add(new FieldProblem("suspectIdentifiers[" + i + "].value", "INVALID", "A value is required."));
			}
		}
		if (r.place() != null) {
			checkLength(errors, "place.city", r.place().city(), 120);
			checkLength(errors, "place.province", r.place().province(), 120);
		}
		if (r.anonymous() == null) {
			errors.add(new FieldProblem("anonymous", "REQUIRED", "Say whether you report anonymously."));
		}
		else if (!r.anonymous()) {
			validateReporter(r.reporter(), errors);
		}
		else if (r.reporter() != null) {
			errors.add(new FieldProblem("reporter", "NOT_ALLOWED",
					"An anonymous report carries no reporter details; remove them or set anonymous to false."));
		}
		if (!Boolean.TRUE.equals(r.consent())) {
			errors.add(new FieldProblem("consent", "REQUIRED", "Consent is required to submit a report."));
		}
		return errors;
	}

	private static void validateReporter(SubmitReportRequest.ReporterInput reporter, List<FieldProblem> errors) {
		if (reporter == null) {
			errors
				.add(new FieldProblem("reporter", "REQUIRED", "Your details are required unless you stay anonymous."));
			return;
		}
		if (reporter.fullName() == null || reporter.fullName().isBlank()) {
			errors.add(new FieldProblem("reporter.fullName", "REQUIRED", "Your full name is required."));
		}
		checkLength(errors, "reporter.fullName", reporter.fullName(), 200);
		boolean hasPhone = reporter.phone() != null && !reporter.phone().isBlank();
		boolean hasEmail = reporter.email() != null && !reporter.email().isBlank();
		if (!hasPhone && !hasEmail) {
			errors.add(new FieldProblem("reporter.phone", "REQUIRED", "Give a phone number or an e-mail address."));
		}
		if (hasPhone && !PHONE.matcher(reporter.phone()).matches()) {
			errors.add(new FieldProblem("reporter.phone", "INVALID", "This phone number is not valid."));
		}
		if (hasEmail && !EMAIL.matcher(reporter.email()).matches()) {
			errors.add(new FieldProblem("reporter.email", "INVALID", "This e-mail address is not valid."));
		}
		if (Boolean.TRUE.equals(reporter.statusEmails()) && !hasEmail) {
			errors.add(new FieldProblem("reporter.email", "REQUIRED", "Status e-mails need an e-mail address."));
		}
		checkLength(errors, "reporter.nationalId", reporter.nationalId(), 20);
		checkLength(errors, "reporter.city", reporter.city(), 120);
	}

	private static void checkLength(List<FieldProblem> errors, String field, String value, int max) {
		if (value != null && value.length() > max) {
			errors.add(new FieldProblem(field, "TOO_LONG", "At most " + max + " characters."));
		}
	}

}
