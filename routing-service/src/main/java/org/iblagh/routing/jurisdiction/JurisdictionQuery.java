package org.iblagh.routing.jurisdiction;

import java.time.LocalDate;
import java.util.Objects;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.OffenceClass;

/**
 * @param offenceClass null when nobody gave one (a default is derived from the category)
 * @param date the date whose law applies (date of the facts, else of the report)
 * @param phone a fixed-line number whose area code is a weak hint when the place is not
 * known; null when none
 */
public record JurisdictionQuery(String city, String province, Category category, OffenceClass offenceClass,
		LocalDate date, String phone) {

	public JurisdictionQuery(String city, String province, Category category, OffenceClass offenceClass,
			LocalDate date) {
		this(city, province, category, offenceClass, date, null);
	}

	public JurisdictionQuery {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(date, "date");
	}

}
