package org.iblagh.triage.assessment.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iblagh.contracts.Category;

/**
 * What the lexicons found in one description.
 */
public record TextAnalysis(List<Token> tokens, LanguageGuess language, Map<Category, List<TermMatch>> categoryMatches,
		EnumMap<Factor, List<TermMatch>> factorMatches) {

	public boolean has(Factor factor) {
		if (factor == Factor.DANGER_TO_LIFE
				&& (armedPresence() || violentPresence() || armedAndDated() || violenceLive())) {
			return true;
		}
		// a live stream of violence is happening now
		if (factor == Factor.IMMINENT && violenceLive()) {
			return true;
		}
		if ((factor == Factor.DANGER_TO_LIFE || factor == Factor.VIOLENCE || factor == Factor.ATTACK_PLAN) && play()) {
			return false;
		}
		// an attack announced is urgent whatever page or "article" announces it
		if ((factor == Factor.DANGER_TO_LIFE || factor == Factor.VIOLENCE) && press()) {
			return false;
		}
		if (factor == Factor.WEAPON && sale()) {
			return false;
		}
		return found(factor);
	}

	/**
	 * "I will kill you" shouted in a video game or said in a film, "just a game", "machi
	 * bs7": the words of a threat without one (games and films are full of guns too). The
	 * person at the door or someone announcing self-harm are real whatever the reporter
	 * calls it.
	 */
	public boolean play() {
		return found(Factor.PLAY) && !found(Factor.PRESENCE) && !found(Factor.SELF_HARM);
	}

	/**
	 * A news article, a documentary or a trial relates the threat or the attack: it was
	 * somebody else's, and is being dealt with. Someone at the reporter's door, a threat
	 * aimed at the reporter ("kill me") or self-harm announced is a danger now whatever
	 * article the text also mentions.
	 */
	public boolean press() {
		return (found(Factor.PRESS) || found(Factor.HANDLED)) && notAimedAtReporter();
	}

	/**
	 * Violence found in a text that also names a medium (an article, a newspaper): not a
	 * danger now, but what the medium shows, unless the police or a court dealt with it
	 * or it was play.
	 */
	public boolean shownByMedia(Factor factor) {
		return found(factor) && press() && !handled() && !play();
	}

	/**
	 * The story says the police or the courts have dealt with it: only then is a story of
	 * terrorism or violence news rather than the content to report.
	 */
	public boolean handled() {
		return found(Factor.HANDLED) && notAimedAtReporter();
	}

	private boolean notAimedAtReporter() {
		return !found(Factor.PRESENCE) && !found(Factor.SELF_HARM) && !found(Factor.REPORTER_TARGETED);
	}

	/**
	 * The reporter's own advert, with no threat in it: the knife is merchandise.
	 */
	public boolean sale() {
		return found(Factor.SALE) && score(Category.HARASSMENT_THREATS) == 0;
	}

	/**
	 * Someone with a weapon at the reporter's door or waiting for them, whatever the
	 * words of the threat: a danger to life. A place alone ("devant chez moi", weight 2)
	 * is also where a seller hands over a kitchen knife, so it needs a threat word or a
	 * time (now, tonight); someone said to be there or waiting (weight 3) is enough. A
	 * seller's advert names a place and a time too, so with no threat word it is a sale.
	 */
	public boolean armedPresence() {
		if (!found(Factor.WEAPON) || !found(Factor.PRESENCE)) {
			return false;
		}
		if (sale()) {
			// a knife for sale, to be collected in front of the seller's house tonight
			return false;
		}
		int presence = 0;
		for (TermMatch match : this.factorMatches.get(Factor.PRESENCE)) {
			presence = Math.max(presence, match.effectiveWeight());
		}
		return presence >= 3 || found(Factor.IMMINENT) || score(Category.HARASSMENT_THREATS) > 0;
	}

	/**
	 * "Dimanche dernier", "last Friday", "el viernes pasado": the day named is gone, the
	 * text tells what happened.
	 */
	private boolean pastDay() {
		for (Token token : this.tokens) {
			if (PAST.contains(token.text())) {
				return true;
			}
		}
		return false;
	}

	private static final Set<String> PAST = Set.of("dernier", "derniere", "last", "pasado", "pasada", "الماضي",
			"الماضيه", "lfayt", "fayt", "ago");

	/**
	 * Violence or a weapon on a live stream, or at this very moment ("des jeunes
	 * tabassent un homme, en ce moment même en live", "dayr live m3ah mous"): someone is
	 * being hurt, or is about to be, now. Not in a game, a film, the news or an advert.
	 */
	public boolean violenceLive() {
		boolean violent = found(Factor.VIOLENCE) || found(Factor.WEAPON) || score(Category.VIOLENT_CONTENT) >= 2
				|| score(Category.CHILD_ABUSE) >= 2;
		return found(Factor.LIVE) && violent && !play() && !press() && !sale();
	}

	/**
	 * Someone armed who names a day or an hour ("tomorrow morning we go to the station,
	 * we have the knife and the gas bottle"), or who is armed and threatens: a danger to
	 * life, whatever verb the text uses for the act. "Now" alone tells a story ("a video
	 * of a man with a knife, now everywhere"), so it counts only beside a threat; a knife
	 * for sale, in a game or in the news is no danger.
	 */
	public boolean armedAndDated() {
		if (!found(Factor.WEAPON) || !found(Factor.IMMINENT) || sale() || play() || press() || pastDay()) {
			return false;
		}
		return score(Category.HARASSMENT_THREATS) > 0 || dated();
	}

	/**
	 * A day or an hour to come is named (tomorrow, Saturday, tonight; "now" alone tells a
	 * story), and not a day that is gone ("dimanche dernier").
	 */
	public boolean dated() {
		if (!found(Factor.IMMINENT) || pastDay()) {
			return false;
		}
		for (TermMatch match : this.factorMatches.get(Factor.IMMINENT)) {
			if (!match.negated() && match.effectiveWeight() >= 3) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Something announced for a day at a crowded place (a festival, a stadium, a church,
	 * a market) in a text with a jihadist's words (kuffar, paradise, taghut): an attack,
	 * whatever it is called ("the wedding", "a visit", "a surprise").
	 */
	public boolean crowdTargetedForADay() {
		return score(Category.TERRORISM) > 0 && found(Factor.CROWD_PLACE) && dated() && !play() && !press();
	}

	/**
	 * Someone who says they are at the reporter's door or waiting for them (a presence
	 * entry of weight 3: "I'm here", "rah wa9ef 9dam dar", "me espera abajo") and
	 * threatens to beat or burn: a danger to life now, weapon named or not. A place alone
	 * (weight 2) does not say anyone is there.
	 */
	public boolean violentPresence() {
		if (!found(Factor.VIOLENCE) || !found(Factor.PRESENCE) || play()) {
			return false;
		}
		for (TermMatch match : this.factorMatches.get(Factor.PRESENCE)) {
			if (!match.negated() && match.effectiveWeight() >= 3) {
				return true;
			}
		}
		return false;
	}

	private boolean found(Factor factor) {
		List<TermMatch> matches = this.factorMatches.get(factor);
		if (matches == null) {
			return false;
		}
		for (TermMatch match : matches) {
			if (!match.negated()) {
				return true;
			}
		}
		return false;
	}

	public int score(Category category) {
		int score = 0;
		for (TermMatch match : this.categoryMatches.getOrDefault(category, List.of())) {
			score += match.effectiveWeight();
		}
		return score;
	}

}
