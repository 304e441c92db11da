package org.iblagh.routing.jurisdiction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.iblagh.routing.data.CsvTable;
import org.iblagh.routing.data.ReferenceData;

/**
 * The competence rules as data (competence_rules.csv), with effective dates, so that a
 * change of the judicial map is a new row and an old case is still answered by the rule
 * of its date.
 */
public final class CompetenceRules {

	public static final String RESOURCE = ReferenceData.BASE + "competence_rules.csv";

	static final Set<String> KINDS = Set.of("CLASS_OFFICE", "NATIONAL_PROSECUTOR", "NATIONAL_POLICE_UNIT",
			"POLICE_FALLBACK", "APPEAL_COURT", "COURT_OPEN", "EXCLUDED_COURT", "DEFAULT_CLASS");

	private final List<CompetenceRule> rules;

	/** Rules by kind and subject: looked up on every resolution. */
	private final java.util.Map<String, List<CompetenceRule>> bySubject = new java.util.HashMap<>();

	public CompetenceRules(List<CompetenceRule> rules) {
		for (CompetenceRule rule : rules) {
			if (!KINDS.contains(rule.kind())) {
				throw new IllegalArgumentException("Unknown rule kind " + rule.kind() + " in " + rule.id());
			}
		}
		this.rules = List.copyOf(rules);
		for (CompetenceRule rule : rules) {
			this.bySubject.computeIfAbsent(rule.kind() + '\u0000' + rule.subject(), (k) -> new java.util.ArrayList<>())
				.add(rule);
		}
	}

	public static CompetenceRules load() {
		return new CompetenceRules(CsvTable.resource(RESOURCE)
			.map((row) -> new CompetenceRule(row.get("id"), row.get("kind"), row.get("subject"), row.get("value"),
					date(row.get("effective_from")), date(row.get("effective_until")), row.get("verified"),
					row.get("source"), row.get("notes"))));
	}

	private static LocalDate date(String value) {
		return value.isEmpty() ? null : LocalDate.parse(value);
	}

	public List<CompetenceRule> all() {
		return this.rules;
	}

	/** The one rule of a kind for a subject on a date; two would be a data error. */
	public Optional<CompetenceRule> find(String kind, String subject, LocalDate date) {
		List<CompetenceRule> candidates = this.bySubject.get(kind + '\u0000' + subject);
		if (candidates == null) {
			candidates = this.bySubject.getOrDefault(kind + "\u0000*", List.of());
		}
		CompetenceRule found = null;
		for (CompetenceRule r : candidates) {
			if (r.holdsOn(date)) {
				if (found != null) {
					throw new IllegalStateException("Overlapping competence rules " + found.id() + ", " + r.id());
				}
				found = r;
			}
		}
		return Optional.ofNullable(found);
	}

	/** Whether a court receives criminal reports on a date (open and not excluded). */
	public Optional<CompetenceRule> reasonNotToRouteTo(String courtId, LocalDate date) {
		Optional<CompetenceRule> excluded = find("EXCLUDED_COURT", courtId, date);
		if (excluded.isPresent()) {
			return excluded;
		}
		List<CompetenceRule> openings = this.bySubject.getOrDefault("COURT_OPEN\u0000" + courtId, List.of());
		if (!openings.isEmpty() && find("COURT_OPEN", courtId, date).isEmpty()) {
			return Optional.of(openings.get(0));
		}
		return Optional.empty();
	}

}
