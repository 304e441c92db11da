package org.iblagh.triage.assessment.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.Priority;
import org.iblagh.triage.assessment.ExplanationItem;

/**
 * Urgency: a base score per category plus the weight of each aggravating factor, capped
 * at 100, then thresholds give P1..P4. Weights and thresholds are in
 * {@code rules/priority.properties}.
 */
public final class PriorityRules {

	private final Map<Category, Integer> base = new EnumMap<>(Category.class);

	private final Map<Factor, Integer> weights = new EnumMap<>(Factor.class);

	/** Factors that only count for some categories ({@code factor.<code>.only}). */
	private final Map<Factor, Set<Category>> onlyFor = new EnumMap<>(Factor.class);

	private final int meetingWithMinor;

	private final int imminentAlone;

	private final int relatedThreshold;

	private final int relatedWeight;

	private final int campaignWeight;

	private final int hashListWeight;

	private final int p1;

	private final int p2;

	private final int p3;

	public PriorityRules(Properties rules) {
		for (Category category : Category.values()) {
			this.base.put(category, Resources.intProperty(rules, "base." + category.name()));
		}
		for (Factor factor : Factor.values()) {
			this.weights.put(factor, Resources.intProperty(rules, "factor." + factor.code()));
			String only = rules.getProperty("factor." + factor.code() + ".only");
			if (only != null && !only.isBlank()) {
				Set<Category> categories = EnumSet.noneOf(Category.class);
				for (String name : only.split(",")) {
					categories.add(Category.valueOf(name.strip()));
				}
				this.onlyFor.put(factor, categories);
			}
		}
		this.meetingWithMinor = Resources.intProperty(rules, "factor.meeting-with-minor");
		this.imminentAlone = Resources.intProperty(rules, "factor.imminent-without-danger");
		this.relatedThreshold = Resources.intProperty(rules, "related.threshold");
		this.relatedWeight = Resources.intProperty(rules, "related.weight");
		this.campaignWeight = Resources.intProperty(rules, "campaign.weight");
		this.hashListWeight = Resources.intProperty(rules, "hash-list.weight");
		this.p1 = Resources.intProperty(rules, "threshold.P1");
		this.p2 = Resources.intProperty(rules, "threshold.P2");
		this.p3 = Resources.intProperty(rules, "threshold.P3");
	}

	public PriorityDecision prioritise(Category category, TextAnalysis analysis, int relatedReports, boolean campaign,
			boolean hashListMatch, List<ExplanationItem> explanation) {
		int score = this.base.get(category);
		explanation.add(new ExplanationItem("priority.base", "base score of " + category.name(), score));
		boolean danger = analysis.has(Factor.DANGER_TO_LIFE) || analysis.has(Factor.SELF_HARM)
				|| analysis.has(Factor.WEAPON) || analysis.has(Factor.VIOLENCE) || analysis.has(Factor.ATTACK_PLAN)
				|| category == Category.TERRORISM || category == Category.CHILD_ABUSE;
		boolean personalDanger = analysis.has(Factor.DANGER_TO_LIFE) || analysis.has(Factor.SELF_HARM)
				|| analysis.has(Factor.WEAPON) || analysis.has(Factor.VIOLENCE) || analysis.has(Factor.ATTACK_PLAN)
				|| analysis.has(Factor.PRESENCE);
		for (Factor factor : Factor.values()) {
			if (factor.categoryOnly() || factor == Factor.MEETING || !present(analysis, category, factor)) {
				continue;
			}
			int weight = this.weights.get(factor);
			String rule = "factor." + factor.code();
			Set<Category> only = this.onlyFor.get(factor);
			if (only != null && !only.contains(category)) {
				continue;
			}
			if (factor == Factor.VIOLENCE && analysis.has(Factor.DANGER_TO_LIFE)) {
				// "kill them and burn their houses" is one danger to life, not two
				continue;
			}
			if ((factor == Factor.IMMINENT || factor == Factor.PRESENCE) && !danger) {
				// "tomorrow" in a spam message is not urgent, nor someone outside the
				// house; they are when someone is in danger
				weight = this.imminentAlone;
				rule = "factor." + factor.code() + "-without-danger";
			}
			else if (factor == Factor.IMMINENT && !personalDanger && strongest(analysis, factor) < 3) {
				// "now" (ahora, daba, maintenant) tells the story ("and now he asks for
				// more"); it dates a harm only when someone is threatened or armed
				weight = this.imminentAlone;
				rule = "factor.imminent-narrative";
			}
			score += weight;
			explanation.add(new ExplanationItem(rule, firstMatch(analysis, factor), weight));
		}
		if (category == Category.TERRORISM && !analysis.has(Factor.ATTACK_PLAN) && analysis.dated()) {
			// a terrorist text that names a day ("este viernes va a hacer 'la boda'")
			// announces an attack, whatever euphemism stands for the act
			int weight = this.weights.get(Factor.ATTACK_PLAN);
			score += weight;
			explanation
				.add(new ExplanationItem("factor.dated-terrorism", firstMatch(analysis, Factor.IMMINENT), weight));
		}
		if (analysis.has(Factor.MEETING)) {
			// a dealer's or a seller's meeting near a school is a sale, not a child lured
			boolean minor = (analysis.has(Factor.MINOR) || category == Category.CHILD_ABUSE)
					&& category != Category.DRUGS && category != Category.ALCOHOL;
			int weight = minor ? this.meetingWithMinor : this.weights.get(Factor.MEETING);
			score += weight;
			explanation.add(new ExplanationItem(minor ? "factor.meeting-with-minor" : "factor.meeting",
					firstMatch(analysis, Factor.MEETING), weight));
		}
		if (relatedReports >= this.relatedThreshold) {
			score += this.relatedWeight;
			explanation.add(new ExplanationItem("factor.related-reports", relatedReports + " related reports",
					this.relatedWeight));
		}
		if (campaign) {
			score += this.campaignWeight;
			explanation.add(new ExplanationItem("factor.campaign", "part of a campaign cluster", this.campaignWeight));
		}
		if (hashListMatch) {
			score += this.hashListWeight;
			explanation.add(new ExplanationItem("factor.hash-list-match", "evidence matches a known-material hash list",
					this.hashListWeight));
		}
		score = Math.max(0, Math.min(100, score));
		Priority priority = (score >= this.p1) ? Priority.P1
				: (score >= this.p2) ? Priority.P2 : (score >= this.p3) ? Priority.P3 : Priority.P4;
		return new PriorityDecision(priority, score);
	}

	/**
	 * Whether a factor counts for this category. A newspaper or a page that publishes a
	 * beheading or a stabbing is the violent content itself (the press rule only retells
	 * threats and drug stories): the violence its video shows counts.
	 */
	private static boolean present(TextAnalysis analysis, Category category, Factor factor) {
		if (analysis.has(factor)) {
			return true;
		}
		return category == Category.VIOLENT_CONTENT && (factor == Factor.VIOLENCE || factor == Factor.DANGER_TO_LIFE)
				&& analysis.shownByMedia(factor);
	}

	private static int strongest(TextAnalysis analysis, Factor factor) {
		int weight = 0;
		for (TermMatch match : analysis.factorMatches().getOrDefault(factor, List.of())) {
			weight = Math.max(weight, match.effectiveWeight());
		}
		return weight;
	}

	private static String firstMatch(TextAnalysis analysis, Factor factor) {
		if (factor == Factor.DANGER_TO_LIFE && analysis.armedPresence()
				&& !analysis.factorMatches().containsKey(factor)) {
			return "a weapon and the threatening person at the reporter's door: " + firstMatch(analysis, Factor.WEAPON)
					+ ", " + firstMatch(analysis, Factor.PRESENCE);
		}
		if (factor == Factor.DANGER_TO_LIFE && analysis.violentPresence()
				&& !analysis.factorMatches().containsKey(factor)) {
			return "a threat of violence from someone at the reporter's door: " + firstMatch(analysis, Factor.VIOLENCE)
					+ ", " + firstMatch(analysis, Factor.PRESENCE);
		}
		boolean derived = !analysis.factorMatches().containsKey(factor);
		if (factor == Factor.DANGER_TO_LIFE && analysis.armedAndDated() && derived) {
			return "someone armed names a day: " + firstMatch(analysis, Factor.WEAPON) + ", "
					+ firstMatch(analysis, Factor.IMMINENT);
		}
		if ((factor == Factor.DANGER_TO_LIFE || factor == Factor.IMMINENT) && analysis.violenceLive() && derived) {
			return "violence happening now, live: " + firstMatch(analysis, Factor.LIVE);
		}
		for (TermMatch match : analysis.factorMatches().getOrDefault(factor, List.of())) {
			if (!match.negated()) {
				return "«" + match.term().written() + "» matched «" + match.matchedText() + "»";
			}
		}
		return "";
	}

}
