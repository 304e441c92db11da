package org.iblagh.routing.jurisdiction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.OffenceClass;
import org.iblagh.routing.jurisdiction.Basis;
import org.iblagh.routing.jurisdiction.JurisdictionAnswer;
import org.iblagh.routing.jurisdiction.JurisdictionQuery;
import org.iblagh.routing.jurisdiction.JurisdictionResolver;
import org.iblagh.routing.jurisdiction.OfficeRef;
import org.iblagh.support.web.ApiException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/jurisdictions/resolve}: the map applied to one place, with reasons.
 */
@RestController
class JurisdictionController {

	private final JurisdictionResolver resolver;

	private final MessageSource messages;

	private final Clock clock;

	JurisdictionController(JurisdictionResolver resolver, MessageSource messages, Clock clock) {
		this.resolver = resolver;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/api/v1/jurisdictions/resolve")
	JurisdictionView resolve(@RequestParam(required = false) String city,
			@RequestParam(required = false) String province, @RequestParam(required = false) String category,
			@RequestParam(required = false) String offenceClass, @RequestParam(required = false) String date,
			@RequestParam(required = false) String phone) {
		Category parsedCategory = (category == null || category.isBlank()) ? Category.OTHER
				: parse(Category.class, "category", category);
		OffenceClass parsedClass = (offenceClass == null || offenceClass.isBlank()) ? null
				: parse(OffenceClass.class, "offenceClass", offenceClass);
		LocalDate lawDate = parseDate(date);
		JurisdictionAnswer answer = this.resolver
			.resolve(new JurisdictionQuery(city, province, parsedCategory, parsedClass, lawDate, phone));
		if (answer instanceof JurisdictionAnswer.UnresolvedPlace unresolved) {
			throw new UnresolvedPlaceException(unresolved);
		}
		JurisdictionAnswer.Routed routed = (JurisdictionAnswer.Routed) answer;
		List<Basis> basis = new java.util.ArrayList<>();
		if (category == null || category.isBlank()) {
			basis.add(new Basis("DEFAULT_CATEGORY", "No category given; OTHER assumed", "request", "n/a"));
		}
		basis.addAll(routed.basis());
		return new JurisdictionView(PoliceUnitView.of(routed.policeUnit()), routed.prosecutorOffice(),
				routed.offenceClass(), routed.provinceCode(), routed.inferred(), lawDate, basis);
	}

	@ExceptionHandler(UnresolvedPlaceException.class)
	ResponseEntity<ProblemDetail> unresolved(UnresolvedPlaceException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				this.messages.getMessage("problem.UNRESOLVED_PLACE", null, LocaleContextHolder.getLocale()));
		problem.setProperty("code", "UNRESOLVED_PLACE");
		problem.setProperty("reason", ex.answer().reason());
		problem.setProperty("suggestions", ex.answer().suggestions());
		problem.setProperty("basis", ex.answer().basis());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			String allowed = Arrays.toString(type.getEnumConstants());
			throw ApiException.invalid(List.of(new ApiException.FieldProblem(field, "UNKNOWN_VALUE", this.messages
				.getMessage("problem.UNKNOWN_VALUE", new Object[] { allowed }, LocaleContextHolder.getLocale()))));
		}
	}

	private LocalDate parseDate(String date) {
		if (date == null || date.isBlank()) {
			return LocalDate.now(this.clock);
		}
		try {
			return LocalDate.parse(date.trim());
		}
		catch (DateTimeParseException ex) {
			throw ApiException.invalid(List.of(new ApiException.FieldProblem("date", "INVALID_DATE",
					this.messages.getMessage("problem.INVALID_DATE", null, LocaleContextHolder.getLocale()))));
		}
	}

	/** A police unit as the API shows it: {id, name}. */
	record PoliceUnitView(String id, String name) {

		static PoliceUnitView of(OfficeRef office) {
			return new PoliceUnitView(office.id(), office.name());
		}

	}

	/**
	 * @param inferred the answer relies on a mapping the data marks as not verified
	 * @param lawDate the date whose rules were applied
	 */
	record JurisdictionView(PoliceUnitView policeUnit, OfficeRef prosecutorOffice, OffenceClass offenceClass,
			String provinceCode, boolean inferred, LocalDate lawDate, List<Basis> basis) {
	}

}
