package org.iblagh.triage.decision.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.OffenceClass;
import org.iblagh.contracts.Place;

/**
 * An investigator's decision, validated: REFER (optionally correcting category, place and
 * offence class), REQUEST_INFO (a question for the reporter) or DISMISS (with a reason).
 *
 * @param place the corrected place, or null to keep the citizen's
 */
public record DecisionCommand(Action action, Category category, Place place, OffenceClass offenceClass, String message,
		String reason) {

	public static final int MAX_MESSAGE = 2000;

	public static final int MAX_REASON = 1000;

	public static final int MAX_PLACE = 100;

	/**
	 * The three decisions.
	 */
	public enum Action {

		REFER, REQUEST_INFO, DISMISS

	}

	/**
	 * Validates raw input, collecting every problem rather than the first one.
	 * @throws InvalidDecisionException listing each invalid field
	 */
	public static DecisionCommand parse(String action, String category, String city, String province,
			String offenceClass, String message, String reason) {
		List<Problem> problems = new ArrayList<>();
		Action parsedAction = parseEnum(Action.class, action, "action", true, problems);
		Category parsedCategory = parseEnum(Category.class, category, "category", false, problems);
		OffenceClass parsedClass = parseEnum(OffenceClass.class, offenceClass, "offenceClass", false, problems);
		checkLength(city, "place.city", MAX_PLACE, problems);
		checkLength(province, "place.province", MAX_PLACE, problems);
		checkLength(message, "message", MAX_MESSAGE, problems);
		checkLength(reason, "reason", MAX_REASON, problems);
		if (parsedAction == Action.REQUEST_INFO && isBlank(message)) {
			problems.add(new Problem("message", "REQUIRED"));
		}
		if (parsedAction == Action.DISMISS && isBlank(reason)) {
			problems.add(new Problem("reason", "REQUIRED"));
		}
		if (parsedAction != null && parsedAction != Action.REFER) {
			if (parsedCategory != null) {
				problems.add(new Problem("category", "ONLY_FOR_REFER"));
			}
			if (parsedClass != null) {
				problems.add(new Problem("offenceClass", "ONLY_FOR_REFER"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidDecisionException(problems);
		}
		Place place = new Place(strip(city), strip(province));
		return new DecisionCommand(parsedAction, parsedCategory, Place.isUnknown(place) ? null : place, parsedClass,
				strip(message), strip(reason));
	}

	private static <E extends Enum<E>> E parseEnum(Class<E> type, String raw, String field, boolean required,
			List<Problem> problems) {
		if (isBlank(raw)) {
			if (required) {
				problems.add(new Problem(field, "REQUIRED"));
			}
			return null;
		}
		try {
			return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(field, "UNKNOWN_VALUE"));
			return null;
		}
	}

	private static void checkLength(String value, String field, int max, List<Problem> problems) {
		if (value != null && value.strip().length() > max) {
			problems.add(new Problem(field, "TOO_LONG"));
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String strip(String value) {
		return isBlank(value) ? null : value.strip();
	}

	/**
	 * One invalid field and a stable code for it.
	 */
	public record Problem(String field, String code) {
	}

}
