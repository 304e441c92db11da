package org.iblagh.triage.assessment.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.iblagh.contracts.Category;
import org.iblagh.triage.assessment.ExplanationItem;

/**
 * Picks the category: lexicon weights per category, plus the citizen's declared category
 * as one more signal, then the precedence rules where two categories apply. Settings come
 * from {@code rules/classification.properties}.
 */
public final class CategoryClassifier {

	private final int declaredWeight;

	private final int minimumScore;

	private final int terrorismMinimum;

	public CategoryClassifier(Properties rules) {
		this.declaredWeight = Resources.intProperty(rules, "declared.weight");
		this.minimumScore = Resources.intProperty(rules, "minimum.score");
		this.terrorismMinimum = Resources.intProperty(rules, "precedence.terrorism.minimum");
	}

	public CategoryDecision classify(TextAnalysis analysis, Category declared, List<ExplanationItem> explanation) {
		Map<Category, Integer> scores = new EnumMap<>(Category.class);
		Map<Category, Integer> lexical = new EnumMap<>(Category.class);
		int lexicalTotal = 0;
		for (Category category : Category.values()) {
			int score = 0;
			for (TermMatch match : analysis.categoryMatches().getOrDefault(category, List.of())) {
				score += match.effectiveWeight();
				explanation.add(termItem("category." + category.name(), match));
			}
			scores.put(category, score);
			lexical.put(category, score);
			lexicalTotal += score;
		}
		if (lexicalTotal == 0 && declared != null) {
			// nothing in the text says otherwise: the reporter's choice is all there is
			explanation.add(new ExplanationItem("category.declared-only",
					"no lexicon evidence; keeping the reporter's choice " + declared.name(), this.declaredWeight));
			return new CategoryDecision(declared, (declared == Category.OTHER) ? 0.3 : 0.35);
		}
		if (declared != null && declared != Category.OTHER) {
			scores.merge(declared, this.declaredWeight, Integer::sum);
			explanation.add(new ExplanationItem("category.declared", "the reporter chose " + declared.name(),
					this.declaredWeight));
		}
		Category best = Category.OTHER;
		int bestScore = 0;
		for (Category category : Category.values()) {
			// ties go to the category the text itself supports most, then to the more
			// serious one (the enum lists the most serious first)
			int score = scores.get(category);
			if (score > bestScore || (score == bestScore && score > 0 && lexical.get(category) > lexical.get(best))) {
				best = category;
				bestScore = scores.get(category);
			}
		}
		int before = explanation.size();
		Category chosen = applyPrecedence(analysis, scores, best, explanation);
		// a precedence rule stands on its own evidence (a minor, an announced attack, a
		// threat to people), even when it confirms a weak lexical winner
		boolean ruleFired = explanation.size() > before;
		// one child-abuse word is enough when a child is named; without one, "her
		// pictures" is no evidence of abuse
		boolean childNamed = chosen == Category.CHILD_ABUSE && analysis.has(Factor.MINOR);
		// a street name that is also an everyday word ("hash", "chocolat") is a drug, or
		// a drink, when someone sells, prices or delivers it
		boolean traded = (chosen == Category.DRUGS || chosen == Category.ALCOHOL) && scores.get(chosen) > 0
				&& analysis.has(Factor.TRADE);
		if (traded && scores.get(chosen) < this.minimumScore) {
			explanation.add(new ExplanationItem("category.traded",
					chosen.name() + " word with a sale or a delivery: " + firstTrade(analysis), 0));
		}
		if (!ruleFired && scores.get(chosen) < this.minimumScore && !childNamed && !traded) {
			if (chosen != Category.OTHER) {
				explanation.add(new ExplanationItem("category.too-weak",
						chosen.name() + " scored " + scores.get(chosen) + ", below " + this.minimumScore, 0));
			}
			chosen = Category.OTHER;
		}
		int second = 0;
		for (Category category : Category.values()) {
			if (category != chosen) {
				second = Math.max(second, scores.get(category));
			}
		}
		return new CategoryDecision(chosen, confidence(scores.get(chosen), second, chosen));
	}

	private Category applyPrecedence(TextAnalysis analysis, Map<Category, Integer> scores, Category best,
			List<ExplanationItem> explanation) {
		// "False alarm", "nothing to report": the crime words describe something else,
		// unless someone is in danger or lost money (then it is a report, whatever it
		// says)
		if (analysis.has(Factor.NOT_A_REPORT) && !analysis.has(Factor.DANGER_TO_LIFE) && !analysis.has(Factor.SELF_HARM)
				&& !analysis.has(Factor.MONEY_LOST) && best != Category.OTHER) {
			explanation.add(new ExplanationItem("precedence.not-a-report",
					"the reporter says there is nothing to report: OTHER rather than " + best.name(), 0));
			return Category.OTHER;
		}
		// Threat words said in a game, a joke or a film threaten nobody, nor do a
		// "terroriste" pseudonym in a game or a hacker in a film
		if (analysis.play() && (best == Category.HARASSMENT_THREATS || best == Category.VIOLENT_CONTENT
				|| best == Category.TERRORISM || best == Category.CYBERATTACK)) {
			explanation.add(new ExplanationItem("precedence.play",
					"the reporter says it was a game, a joke or a film: OTHER rather than " + best.name(), 0));
			return Category.OTHER;
		}
		// A threat or a drug deal a news story, documentary or trial relates happened
		// elsewhere. Terrorism or violence only once the police or a court dealt with
		// it: an "article" praising an attack, a site's "journal" recruiting or a news
		// page posting a beheading is the very content to report
		// a scam gang arrested is news; a victim who lost money still reports
		boolean retold = ((best == Category.HARASSMENT_THREATS || best == Category.DRUGS) && analysis.press())
				|| (best == Category.ONLINE_FRAUD && analysis.handled())
				|| ((best == Category.TERRORISM || best == Category.VIOLENT_CONTENT) && analysis.handled());
		if (retold && !analysis.has(Factor.MONEY_LOST)) {
			explanation.add(new ExplanationItem("precedence.press",
					"a press article, documentary or trial tells of it: OTHER rather than " + best.name(), 0));
			return Category.OTHER;
		}
		// A minor in a sexual context, a sextortion or a grooming story is child abuse,
		// whatever else the text is about.
		boolean minor = analysis.has(Factor.MINOR);
		// a meeting is grooming, except a dealer's ("donne rdv devant le lycée")
		boolean meeting = analysis.has(Factor.MEETING) && best != Category.DRUGS && best != Category.ALCOHOL;
		boolean childContext = analysis.has(Factor.SEXUAL) || meeting || scores.get(Category.SEXTORTION_BLACKMAIL) > 0
				|| scores.get(Category.CHILD_ABUSE) > 0;
		if (minor && childContext && best != Category.CHILD_ABUSE) {
			explanation.add(new ExplanationItem("precedence.minor-involved",
					"a minor is involved: CHILD_ABUSE takes precedence over " + best.name(), 0));
			scores.merge(Category.CHILD_ABUSE, 0, Integer::sum);
			return Category.CHILD_ABUSE;
		}
		// Bomb-making, weapons or violent videos together with praise of a terrorist
		// group
		// are terrorism, not mere violent content.
		int terrorism = scores.get(Category.TERRORISM);
		boolean violentSide = scores.get(Category.VIOLENT_CONTENT) > 0 || analysis.has(Factor.WEAPON)
				|| analysis.has(Factor.ATTACK_PLAN);
		if (best != Category.TERRORISM && terrorism >= this.terrorismMinimum && violentSide) {
			explanation.add(new ExplanationItem("precedence.terrorism",
					"terrorist group or propaganda with violence or weapons: TERRORISM takes precedence over "
							+ best.name(),
					0));
			return Category.TERRORISM;
		}
		// Intimate images and a demand (pay, come back, send more) are sextortion even
		// when the images were taken by hacking the account; without any demand or
		// threat, publishing them is a violation of privacy.
		boolean coercion = analysis.has(Factor.COERCION);
		int sextortion = scores.get(Category.SEXTORTION_BLACKMAIL);
		if (coercion && analysis.has(Factor.SEXUAL) && sextortion >= this.minimumScore && (best == Category.CYBERATTACK
				|| best == Category.IDENTITY_THEFT || best == Category.PRIVACY_VIOLATION)) {
			explanation.add(new ExplanationItem("precedence.sextortion",
					"intimate images held with a demand: SEXTORTION_BLACKMAIL takes precedence over " + best.name(),
					0));
			return Category.SEXTORTION_BLACKMAIL;
		}
		// "ghadi nchr7k" (I'll slash you) shares its Arabizi skeleton with "ghadi nchr"
		// (I'll publish): a blackmail that holds nothing sexual and threatens the
		// person's life is a threat
		if (best == Category.SEXTORTION_BLACKMAIL && !analysis.has(Factor.SEXUAL)
				&& analysis.has(Factor.DANGER_TO_LIFE)) {
			explanation.add(new ExplanationItem("precedence.threat-not-images",
					"a threat to life and no intimate images: HARASSMENT_THREATS rather than " + best.name(), 0));
			scores.merge(Category.HARASSMENT_THREATS, scores.get(best), Integer::sum);
			return Category.HARASSMENT_THREATS;
		}
		// the same when they were published through a fake account: the harm is the
		// publication, the fake account its means
		boolean imagesPublished = best == Category.SEXTORTION_BLACKMAIL
				|| (best == Category.IDENTITY_THEFT && scores.get(Category.PRIVACY_VIOLATION) > 0);
		if (imagesPublished && !coercion && sextortion >= this.minimumScore) {
			explanation.add(new ExplanationItem("precedence.no-demand",
					"intimate images published without any demand or threat: PRIVACY_VIOLATION", 0));
			scores.merge(Category.PRIVACY_VIOLATION, scores.get(best), Integer::sum);
			return Category.PRIVACY_VIOLATION;
		}
		// An attack announced with a weapon, a date or a target, in a text that supports
		// no category, is a terrorist threat: OTHER would bury it at the bottom of the
		// queue.
		boolean armedOrDated = analysis.has(Factor.WEAPON) || analysis.has(Factor.IMMINENT)
				|| analysis.has(Factor.DANGER_TO_LIFE) || analysis.has(Factor.CRITICAL_TARGET);
		if (scores.get(best) < this.minimumScore && analysis.has(Factor.ATTACK_PLAN) && armedOrDated
				&& scores.get(Category.CYBERATTACK) > 0) {
			// an attack on a server, a site or a network ("هجوم على السيرفر") is a
			// cyberattack, whatever day it started
			explanation.add(new ExplanationItem("precedence.attack-on-computers",
					"an attack on a server, a site or a network: CYBERATTACK", 0));
			return Category.CYBERATTACK;
		}
		if (scores.get(best) < this.minimumScore && analysis.has(Factor.ATTACK_PLAN) && armedOrDated) {
			explanation.add(new ExplanationItem("precedence.announced-attack",
					"an attack is announced and nothing else explains the text: TERRORISM", 0));
			return Category.TERRORISM;
		}
		if (scores.get(best) < this.minimumScore && analysis.crowdTargetedForADay()) {
			explanation.add(new ExplanationItem("precedence.crowd-targeted",
					"a crowded place, a day and a jihadist's words: TERRORISM", 0));
			return Category.TERRORISM;
		}
		// An adult who arranges to meet a child ("rdv samedi chez lui", "تجي عندو للدار")
		// is grooming the child, whatever words tell the rest: the report is the child's
		// danger, not the messages or the pictures it mentions.
		if (scores.get(best) < this.minimumScore && analysis.has(Factor.MINOR) && analysis.has(Factor.MEETING)
				&& !analysis.has(Factor.NOT_A_REPORT)) {
			explanation.add(new ExplanationItem("precedence.meeting-a-child",
					"someone arranges to meet a child and no other category: CHILD_ABUSE", 0));
			return Category.CHILD_ABUSE;
		}
		// Someone announcing they will kill or hurt themselves ("ghadi nqtl rasi", "will
		// try the challenge tonight") is never off-topic either: with no category it is
		// the violent content the corpora file self-harm under.
		if (scores.get(best) < this.minimumScore && analysis.has(Factor.SELF_HARM)) {
			explanation.add(new ExplanationItem("precedence.self-harm",
					"self-harm announced and no other category: VIOLENT_CONTENT", 0));
			return Category.VIOLENT_CONTENT;
		}
		// A threat to kill or to hurt people is never off-topic: when no category is
		// established, it is violent content if the text shows violence, else a threat.
		if (scores.get(best) < this.minimumScore
				&& (analysis.has(Factor.DANGER_TO_LIFE) || analysis.has(Factor.VIOLENCE))) {
			// aimed at a group, it is hate speech (below)
			// a call to kill a group ("hay que matar a los judíos") needs no hate word
			boolean atAGroup = analysis.has(Factor.TARGET_GROUP) && !analysis.has(Factor.REPORTER_TARGETED)
					&& (scores.get(Category.INCITEMENT_HATE) > 0 || analysis.has(Factor.DANGER_TO_LIFE)
							|| analysis.has(Factor.VIOLENCE));
			Category fallback = atAGroup ? Category.INCITEMENT_HATE : (scores.get(Category.VIOLENT_CONTENT) > 0)
					? Category.VIOLENT_CONTENT : Category.HARASSMENT_THREATS;
			explanation.add(new ExplanationItem("precedence.threat-to-people",
					"a threat or violence against people and no other category: " + fallback.name(), 0));
			return fallback;
		}
		// The reporter lost money and no category explains how: online, that is a fraud
		// (the deception is told in words no lexicon can list: a parcel fee, a gift box,
		// a plane ticket), unless the reporter says there was none
		if (scores.get(best) < this.minimumScore && analysis.has(Factor.MONEY_LOST)
				&& !analysis.has(Factor.NOT_A_REPORT)) {
			explanation.add(new ExplanationItem("precedence.money-lost",
					"the reporter lost money and no other category applies: ONLINE_FRAUD", 0));
			return Category.ONLINE_FRAUD;
		}
		// Money taken with a SIM card or an account in the reporter's name: the theft is
		// the fraud, the identity its means
		if (best == Category.IDENTITY_THEFT && analysis.has(Factor.MONEY_LOST)
				&& scores.get(Category.ONLINE_FRAUD) > 0) {
			explanation.add(new ExplanationItem("precedence.money-taken",
					"money was taken using the reporter's identity: ONLINE_FRAUD rather than IDENTITY_THEFT", 0));
			scores.merge(Category.ONLINE_FRAUD, scores.get(best), Integer::sum);
			return Category.ONLINE_FRAUD;
		}
		// "He knows my address and will break my bones": a threat to the reporter's body
		// is the report, the address it names is its lever; "he threatens to come and
		// beat
		// me" is a threat, not a video of violence
		boolean threatened = best == Category.PRIVACY_VIOLATION
				|| (best == Category.VIOLENT_CONTENT && scores.get(Category.HARASSMENT_THREATS) > 0);
		if (threatened && analysis.has(Factor.REPORTER_TARGETED)
				&& (analysis.has(Factor.VIOLENCE) || analysis.has(Factor.DANGER_TO_LIFE))) {
			explanation.add(new ExplanationItem("precedence.threat-to-reporter",
					"the reporter is threatened with violence: HARASSMENT_THREATS rather than " + best.name(), 0));
			scores.merge(Category.HARASSMENT_THREATS, scores.get(best), Integer::sum);
			return Category.HARASSMENT_THREATS;
		}
		// Insults, threats or calls to violence aimed at a group (migrants, Jews,
		// Amazighs, gay people…) are hate speech, not the harassment of one person nor
		// violent content.
		boolean hostility = scores.get(Category.HARASSMENT_THREATS) > 0 || analysis.has(Factor.VIOLENCE)
				|| analysis.has(Factor.DANGER_TO_LIFE);
		if ((best == Category.HARASSMENT_THREATS || best == Category.VIOLENT_CONTENT)
				&& analysis.has(Factor.TARGET_GROUP) && hostility && scores.get(Category.INCITEMENT_HATE) > 0) {
			explanation.add(new ExplanationItem("precedence.hate-group",
					"hostility aimed at a group: INCITEMENT_HATE takes precedence over " + best.name(), 0));
			// the insults or threats are the evidence of the hate speech
			scores.merge(Category.INCITEMENT_HATE, scores.get(best), Integer::sum);
			return Category.INCITEMENT_HATE;
		}
		return best;
	}

	private static String firstTrade(TextAnalysis analysis) {
		for (TermMatch match : analysis.factorMatches().getOrDefault(Factor.TRADE, List.of())) {
			if (!match.negated()) {
				return "«" + match.matchedText() + "»";
			}
		}
		return "";
	}

	private static double confidence(int top, int second, Category chosen) {
		if (top <= 0) {
			return (chosen == Category.OTHER) ? 0.3 : 0.5;
		}
		double margin = (double) top / (top + second);
		double strength = 1 - Math.exp(-top / 4.0);
		double value = Math.max(0.05, Math.min(0.99, margin * strength));
		return Math.round(value * 100) / 100.0;
	}

	static ExplanationItem termItem(String rule, TermMatch match) {
		String detail = "«" + match.term().written() + "» (" + match.term().form() + ") matched «" + match.matchedText()
				+ "»";
		if (match.negated()) {
			detail += ", negated by «" + match.negatedBy() + "»";
		}
		return new ExplanationItem(rule, detail, match.effectiveWeight());
	}

}
