package org.iblagh.triage.assessment.internal;

import java.util.Locale;

/**
 * Circumstances found in the text that change the priority (and, for {@link #MINOR},
 * {@link #SEXUAL} and {@link #TARGET_GROUP}, the category). Each has a lexicon
 * {@code lexicon/factors/<name>.lex}.
 */
public enum Factor {

	/** A threat to kill or an attack on people. */
	DANGER_TO_LIFE,
	/** Someone announcing they will harm or kill themselves. */
	SELF_HARM,
	/** A child or a teenager is involved (words, or an age under 18). */
	MINOR,
	/** The harm is due soon: tonight, tomorrow, a named weekday. */
	IMMINENT,
	/**
	 * The person who threatens is at the reporter's door, home or building, or waiting
	 * for them: weighs like {@link #IMMINENT} (only with a danger), and with a
	 * {@link #WEAPON} it is a danger to life.
	 */
	PRESENCE,
	/** Knives, guns, explosives. */
	WEAPON,
	/** A call or threat to beat, burn or attack, short of killing. */
	VIOLENCE,
	/** A meeting in person is being arranged. */
	MEETING,
	/** The reporter already paid or lost money. */
	MONEY_LOST,
	/** A hospital, an airport, a utility: a target where an outage endangers people. */
	CRITICAL_TARGET,
	/** An attack, an explosion or a bombing is announced. */
	ATTACK_PLAN,
	/** Sexual or nude content, or a request for pictures. */
	SEXUAL,
	/**
	 * A group defined by origin, ethnicity, religion, region or sexual orientation is
	 * named (for the hate-speech precedence only).
	 */
	TARGET_GROUP,
	/**
	 * A demand or a threat that makes someone pay or obey (sinon, unless, ila ma,
	 * blackmail): what separates sextortion from the mere publication of intimate images
	 * (category only).
	 */
	COERCION,
	/**
	 * The reporter says there is nothing to report: a false alarm, a question, news
	 * commentary (category only).
	 */
	NOT_A_REPORT,
	/**
	 * The reporter says the threat was play or fiction: a video game, trash talk, "just a
	 * game", a line in a film (category only: such words are no danger unless the person
	 * at the door or self-harm shows otherwise).
	 */
	PLAY,
	/**
	 * The reporter offers something for sale ("je vends", "vendo", "كنبيع"): a knife
	 * collected at the seller's door is no armed presence (category only).
	 */
	SALE,
	/**
	 * A press article, a documentary or a court case tells of the crime (category only):
	 * its threat and attack words are what the story relates, not a danger now.
	 */
	PRESS,
	/**
	 * The police or the courts have dealt with it: a network dismantled, a trial, a
	 * sentence (category only). Only this makes a story of terrorism or violence news.
	 */
	HANDLED,
	/**
	 * The reporter or their family is the one threatened ("kill me", "me menace"): never
	 * a story told by the press (category only).
	 */
	REPORTER_TARGETED,
	/**
	 * Someone sells or delivers (selling, prices, delivery, livraison, كيبيع, kaybi3): a
	 * street name that is also an everyday word ("hash", "chocolat", "shit") is a drug or
	 * a drink when it is being sold (category only).
	 */
	TRADE,
	/**
	 * It is happening now on a live stream or at this very moment ("en direct", "dayr
	 * live", "as we speak", "en ce moment même"): with violence or a weapon, a danger to
	 * life now (category only).
	 */
	LIVE,
	/**
	 * A place where people gather (a festival, a stadium, a church, a synagogue, a
	 * market, a square, a station): with a day and a jihadist's words, the target of an
	 * attack announced (category only).
	 */
	CROWD_PLACE;

	public String resource() {
		return Resources.LEXICON + "factors/" + name().toLowerCase(Locale.ROOT) + ".lex";
	}

	/** Factors that only steer the category and never weigh on the priority. */
	public boolean categoryOnly() {
		return this == SEXUAL || this == TARGET_GROUP || this == COERCION || this == NOT_A_REPORT || this == PLAY
				|| this == SALE || this == PRESS || this == HANDLED || this == REPORTER_TARGETED || this == TRADE
				|| this == LIVE || this == CROWD_PLACE;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
