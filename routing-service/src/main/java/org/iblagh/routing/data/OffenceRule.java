package org.iblagh.routing.data;

/**
 * A row of offences.csv: a competence rule (category RULE) or an offence of a category.
 */
public record OffenceRule(String category, String offence, String text, String articles, String penaltySummary,
		String offenceClass, String classBasis, String competentBodyNote, String verified, String source,
		String notes) {

	static OffenceRule from(CsvTable.Row row) {
		return new OffenceRule(row.get("category"), row.get("offence"), row.get("text"), row.get("articles"),
				row.get("penalty_summary"), row.get("class"), row.get("class_basis"), row.get("competent_body_note"),
				row.get("verified"), row.get("source"), row.get("notes"));
	}

}
