package org.iblagh.routing.jurisdiction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.iblagh.contracts.OffenceClass;
import org.iblagh.routing.data.FirstInstanceCourt;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second round of unseen places ({@code place_probes_2.csv}, session 9), written from
 * the reference data before the resolver was run on them: a dev part the resolver was
 * tuned on, and a holdout part measured once at the end. Unlike {@link PlaceProbesTest}
 * the set is held to a rate (a little below the one measured), and a confident wrong
 * answer is counted apart from an honest "not resolved": it must stay rare.
 */
class PlaceProbesSecondRoundTest {

	static final String FILE = "place_probes_2.csv";

	/** Dev part: 198/198 after the session 9 fixes (195/198 before). */
	static final double DEV_RATE = 0.98;

	/**
	 * Holdout: 96/99 measured once with the fixes frozen (one confident wrong answer,
	 * "Fass" read as Fahs-Anjra; fixed afterwards, 97/99 since; 99/99 after session 10,
	 * which also changed the expectation for "Castillejos"). See
	 * docs/benchmarks/routing.md.
	 */
	static final double HOLDOUT_RATE = 0.95;

	/** Routed somewhere else than the data says, or routed when it must not be. */
	static final int MAX_WRONG = 0;

	record Section(List<PlaceProbesTest.Probe> dev, List<PlaceProbesTest.Probe> holdout) {
	}

	static Section probes() throws IOException {
		return probes(FILE);
	}

	/** A probe file split at its "# HOLDOUT" line. */
	static Section probes(String file) throws IOException {
		List<PlaceProbesTest.Probe> dev = new ArrayList<>();
		List<PlaceProbesTest.Probe> holdout = new ArrayList<>();
		List<PlaceProbesTest.Probe> current = dev;
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				PlaceProbesSecondRoundTest.class.getResourceAsStream(file), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.startsWith("# HOLDOUT")) {
					current = holdout;
				}
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split(";", -1);
				assertThat(f).as(line).hasSize(8);
				current.add(new PlaceProbesTest.Probe(blankToNull(f[0]), blankToNull(f[1]), blankToNull(f[2]), f[3],
						blankToNull(f[4]), blankToNull(f[5]), blankToNull(f[6]), f[7]));
			}
		}
		return new Section(dev, holdout);
	}

	@Test
	void theSetIsLargeAndSplit() throws IOException {
		Section section = probes();
		assertThat(section.dev().size() + section.holdout().size()).isGreaterThanOrEqualTo(150);
		assertThat(section.holdout().size()).isGreaterThanOrEqualTo(section.dev().size() / 3);
	}

	@Test
	void theDevPartResolvesAsTheData() throws IOException {
		assertRate(probes().dev(), DEV_RATE, "dev");
	}

	@Test
	void theHoldoutPartResolvesAsTheData() throws IOException {
		assertRate(probes().holdout(), HOLDOUT_RATE, "holdout");
	}

	static void assertRate(List<PlaceProbesTest.Probe> probes, double rate, String name) {
		assertRate(probes, rate, MAX_WRONG, name);
	}

	static void assertRate(List<PlaceProbesTest.Probe> probes, double rate, int maxWrong, String name) {
		List<String> failures = new ArrayList<>();
		int wrong = 0;
		for (PlaceProbesTest.Probe probe : probes) {
			Optional<Outcome> outcome = failure(probe);
			if (outcome.isPresent()) {
				failures.add(
						outcome.get().wrong() ? "WRONG " + outcome.get().detail() : "MISSED " + outcome.get().detail());
				wrong += outcome.get().wrong() ? 1 : 0;
			}
		}
		double passed = 1.0 - (double) failures.size() / probes.size();
		assertThat(passed)
			.as("%s: %s/%s as the data says; failures: %s", name, probes.size() - failures.size(), probes.size(),
					failures)
			.isGreaterThanOrEqualTo(rate);
		assertThat(wrong).as("%s: confidently wrong answers: %s", name, failures).isLessThanOrEqualTo(maxWrong);
	}

	/** What went wrong: wrong means a confident wrong answer, else an honest miss. */
	record Outcome(boolean wrong, String detail) {
	}

	/** Why a probe does not get the answer of the data; empty when it does. */
	static Optional<Outcome> failure(PlaceProbesTest.Probe probe) {
		JurisdictionAnswer delit = PlaceProbesTest.answer(probe, OffenceClass.DELIT);
		switch (probe.expect()) {
			case "ROUTED" -> {
				if (!(delit instanceof JurisdictionAnswer.Routed routed)) {
					return Optional.of(new Outcome(false, probe + " got " + delit));
				}
				JurisdictionAnswer crime = PlaceProbesTest.answer(probe, OffenceClass.CRIME);
				String got = routed.prosecutorOffice().id() + "/"
						+ ((JurisdictionAnswer.Routed) crime).prosecutorOffice().id() + "/" + routed.policeUnit().id();
				boolean ok = routed.prosecutorOffice().id().equals(probe.court())
						&& ((JurisdictionAnswer.Routed) crime).prosecutorOffice().id().equals(probe.appealCourt())
						&& (probe.police() == null || routed.policeUnit().id().equals(probe.police()));
				if (ok && probe.kind().startsWith("phone")) {
					ok = routed.inferred()
							&& routed.basis().stream().anyMatch((b) -> b.rule().equals("AREA_CODE_WEAK_SIGNAL"));
				}
				return ok ? Optional.empty() : Optional.of(new Outcome(true, probe + " got " + got));
			}
			case "UNRESOLVED" -> {
				return (delit instanceof JurisdictionAnswer.UnresolvedPlace) ? Optional.empty()
						: Optional.of(new Outcome(true,
								probe + " got " + ((JurisdictionAnswer.Routed) delit).prosecutorOffice().id()));
			}
			case "SUGGESTED" -> {
				if (!(delit instanceof JurisdictionAnswer.UnresolvedPlace unresolved)) {
					return Optional.of(new Outcome(true, probe + " got " + delit));
				}
				FirstInstanceCourt court = PlaceProbesTest.DATA.firstInstanceCourts().get(probe.court());
				String province = PlaceProbesTest.DATA.province(court.seatProvinceCode()).orElseThrow().nameFr();
				return unresolved.suggestions().stream().anyMatch((s) -> s.contains(province)) ? Optional.empty()
						: Optional.of(new Outcome(false, probe + " suggested " + unresolved.suggestions()));
			}
			default -> throw new IllegalArgumentException("unknown expectation " + probe.expect());
		}
	}

	/** Counts per expectation: passed / total, and the confidently wrong ones. */
	static Map<String, int[]> tally(List<PlaceProbesTest.Probe> probes, List<String> failures) {
		Map<String, int[]> counts = new TreeMap<>();
		for (PlaceProbesTest.Probe probe : probes) {
			int[] c = counts.computeIfAbsent(probe.expect(), (k) -> new int[3]);
			c[1]++;
			Optional<Outcome> outcome = failure(probe);
			if (outcome.isEmpty()) {
				c[0]++;
			}
			else {
				c[2] += outcome.get().wrong() ? 1 : 0;
				failures.add((outcome.get().wrong() ? "WRONG  " : "MISSED ") + outcome.get().detail());
			}
		}
		return counts;
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

}
