package org.iblagh.triage.assessment.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.iblagh.contracts.Category;
import org.iblagh.contracts.Priority;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled corpus: {@code corpus/dev.jsonl} (used while writing lexicons) and
 * {@code corpus/holdout.jsonl} (never looked at while tuning; only its totals are
 * reported).
 */
public final class Corpus {

	public static final String DEV = "dev";

	public static final String HOLDOUT = "holdout";

	/**
	 * Reports written later by another author, without looking at the corpus, and used to
	 * find and fix generalisation defects (Arabizi leaks, verb prefixes, missing
	 * concepts).
	 */
	public static final String PROBE_DEV = "probe-dev";

	/**
	 * Reports of that author written after those fixes and run once: the estimate of
	 * accuracy on unseen reports. That run exposed three generic defects (Arabizi
	 * skeletons ghda = ghadi and ~tlg inside "telegram", "bomb" lost in French, English
	 * and Spanish), which were fixed; their other misses were left alone. Never tune a
	 * lexicon on them.
	 */
	public static final String PROBE_HOLDOUT = "probe-holdout";

	/**
	 * A second round by another author (session 9), written and labelled before the
	 * engine saw them: new scam types (parcel and customs fees, task-based job offers,
	 * crypto platforms, fake charities, romance, SIM swap), loan-app harassment, doxxing,
	 * intimate images published without a demand, news commentary and false alarms. Used
	 * to find and fix the defects fixed in that session.
	 */
	public static final String PROBE2_DEV = "probe2-dev";

	/**
	 * The held-out third of that round, run once after the fixes: the estimate of
	 * accuracy on unseen reports. Never tune a lexicon on them.
	 */
	public static final String PROBE2_HOLDOUT = "probe2-holdout";

	/**
	 * Threats to people (session 9, threats round), labelled by the domain before the
	 * engine saw them: imminent armed presence, kidnapping threats, death threats phrased
	 * with a noun or an idiom, in every language form, with negative controls (films,
	 * news, games, kitchen knives for sale, "I'm not threatening anyone").
	 */
	public static final String PROBE3_THREATS = "probe3-threats";

	/**
	 * A fourth round (session 10), written and labelled before the engine saw them:
	 * covert filming, intimate images posted without a demand, drug and alcohol slang,
	 * calls to kill a group in passive forms, grooming, terrorism apology against news
	 * about it, attacks on companies, identity theft, phishing, job and romance scams,
	 * and the known false alarms (games, quoted threats, a knife for sale). Used to find
	 * and fix the defects fixed in that session.
	 */
	public static final String PROBE4_DEV = "probe4-dev";

	/**
	 * The held-out third of that round, run once after the fixes: the estimate of
	 * accuracy on unseen reports. Never tune a lexicon on them.
	 */
	public static final String PROBE4_HOLDOUT = "probe4-holdout";

	/**
	 * A fifth round (session 11), written and labelled before the engine saw them: the
	 * known limits of session 10 (Arabizi passives, benign cyber words, a drug name
	 * alone, victims quoting articles, newspapers publishing violence), Darija sextortion
	 * and incitement, identity theft, alcohol to minors, psychotropic pills, job and
	 * crypto scams, institution phishing, attacks on companies, grooming on games,
	 * self-harm challenges, terrorism apology and recruitment, hate "jokes". Used to find
	 * and fix the defects fixed in that session.
	 */
	public static final String PROBE5_DEV = "probe5-dev";

	/**
	 * The held-out third of that round, run once before and once after the fixes, totals
	 * only: the estimate of accuracy on unseen reports. Never tune a lexicon on them.
	 */
	public static final String PROBE5_HOLDOUT = "probe5-holdout";

	/**
	 * Reports written (session 11) by an author who read only API.md and never the
	 * engine, its lexicons or any corpus: the first fair estimate of accuracy on reports
	 * nobody wrote with the engine in mind (74.4 % category, 62.2 % priority, 5 of 12 P1
	 * with the engine of session 10). Its misses were then read and their causes fixed,
	 * so it is a seen file now.
	 */
	public static final String BLIND1 = "blind1";

	/**
	 * A second set by another such author (session 11), measured before and after the
	 * fifth round and the fixes from {@link #BLIND1} (72.0 % category, 63.0 % priority, 6
	 * of 17 P1: none of those fixes moved it). Its P1 misses were then read and their
	 * causes fixed (an armed person who names a day, a terrorist text that names one), so
	 * it is a seen file now. Its author files a company's ransomware as P2 where the
	 * corpora say P3.
	 */
	public static final String BLIND2 = "blind2";

	/**
	 * A third set by another such author (session 11), measured once with every fix made
	 * from {@link #BLIND1} and {@link #BLIND2} (71.8 % category, 62.7 % priority, 12 of
	 * 20 P1; the session 10 engine: 66.4 %, 57.3 %, 9 of 20). Its P1 misses were then
	 * read and their causes fixed (violence live, kidnapping verbs, a farewell sent), so
	 * it is a seen file now.
	 */
	public static final String BLIND3 = "blind3";

	/**
	 * A fourth set by another such author (session 11), written to avoid the obvious
	 * words ("the party at the synagogue on Saturday will be unforgettable"). Measured
	 * once with every fix made from the three sets before it: 70.0 % category, 60.9 %
	 * priority, 6 of 18 P1 (the session 10 engine: 67.3 %, 56.4 %, 5 of 18), which is the
	 * fair estimate for such reports. Its P1 misses were then read; only firearm names
	 * were added, so most of them stay missed on purpose: they are the start of the next
	 * round.
	 */
	public static final String BLIND4 = "blind4";

	/**
	 * A fifth set by another such author (session 11), half plain, half indirect.
	 * Measured once with all of session 11's fixes: 75.0 % category, 73.0 % priority, 12
	 * of 18 P1 (the session 10 engine: 73.0 %, 68.0 %, 10 of 18). Only its two false P1
	 * were read afterwards (a dealer's "rdv devant le lycée" made P1 by the new meeting
	 * word: fixed; a school's attack drill, P1 before the session too: left).
	 */
	public static final String BLIND5 = "blind5";

	/**
	 * A sixth set by another such author (session 11), measured once at the end of the
	 * session and never read: 78.0 % category, 73.0 % priority, 13 of 16 P1, no false P1
	 * (the session 10 engine: 70.0 %, 62.0 %, 5 of 16, two false P1). The next round
	 * should measure on it before reading it, then start from its misses.
	 */
	public static final String BLIND6 = "blind6";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Corpus() {
	}

	public static List<LabelledReport> all() {
		List<LabelledReport> all = new ArrayList<>(load(DEV));
		all.addAll(load(HOLDOUT));
		return all;
	}

	public static List<LabelledReport> load(String split) {
		String resource = "corpus/" + split + ".jsonl";
		InputStream in = Corpus.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Missing " + resource);
		}
		List<LabelledReport> reports = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode node = JSON.readTree(line);
				reports.add(new LabelledReport(split, node.get("description").asString(),
						category(node.get("declaredCategory")), category(node.get("expectedCategory")),
						Priority.valueOf(node.get("expectedPriority").asString()), node.get("languageForm").asString(),
						node.has("relatedReports") ? node.get("relatedReports").asInt() : 0,
						node.has("campaign") && node.get("campaign").asBoolean(),
						node.has("hashListMatch") && node.get("hashListMatch").asBoolean()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return reports;
	}

	private static Category category(JsonNode node) {
		return (node == null || node.isNull()) ? null : Category.valueOf(node.asString());
	}

}
