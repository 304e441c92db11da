package org.iblagh.routing.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every known name of every place, by comparison key, with a symmetric-deletion index so
 * that a name within a small edit distance is found without comparing against every key
 * (the lookup stays in microseconds).
 */
public final class PlaceIndex {

	/** Below this many characters a key is matched exactly only: one edit is a guess. */
	static final int MIN_FUZZY_LENGTH = 4;

	/** From this many characters a key tolerates two edits, below it one. */
	static final int LONG_NAME_LENGTH = 8;

	private final Map<String, List<PlaceTarget>> byKey = new HashMap<>();

	private final Map<String, List<String>> byDeletion = new HashMap<>();

	/**
	 * Adds a name; a key pointing twice at one province keeps the most specific target.
	 */
	public void add(String name, PlaceTarget target) {
		String key = PlaceNames.key(name);
		if (key.isEmpty()) {
			return;
		}
		List<PlaceTarget> targets = this.byKey.get(key);
		if (targets == null) {
			targets = new ArrayList<>(1);
			this.byKey.put(key, targets);
			for (String deletion : deletions(key, allowedEdits(key.length()))) {
				this.byDeletion.computeIfAbsent(deletion, (d) -> new ArrayList<>(1)).add(key);
			}
		}
		for (int i = 0; i < targets.size(); i++) {
			PlaceTarget existing = targets.get(i);
			if (existing.placeId().equals(target.placeId())) {
				if (target.specificity() > existing.specificity() || (target.specificity() == existing.specificity()
						&& target.sourced() && !existing.sourced())) {
					targets.set(i, target);
				}
				return;
			}
		}
		targets.add(target);
	}

	static int allowedEdits(int length) {
		if (length < MIN_FUZZY_LENGTH) {
			return 0;
		}
		return (length < LONG_NAME_LENGTH) ? 1 : 2;
	}

	/** The targets of an exact key, empty when none. */
	public List<PlaceTarget> exact(String key) {
		return this.byKey.getOrDefault(key, List.of());
	}

	/**
	 * The keys within the allowed edit distance of the query key (the allowance of the
	 * shorter of the two), with their distance, nearest first.
	 */
	public List<Candidate> near(String key) {
		int queryEdits = allowedEdits(key.length());
		if (queryEdits == 0) {
			return List.of();
		}
		Set<String> seen = new HashSet<>();
		List<Candidate> found = new ArrayList<>();
		for (String deletion : deletions(key, queryEdits)) {
			for (String candidate : this.byDeletion.getOrDefault(deletion, List.of())) {
				if (!seen.add(candidate)) {
					continue;
				}
				int bound = Math.min(queryEdits, allowedEdits(candidate.length()));
				int distance = EditDistance.bounded(key, candidate, bound);
				if (distance <= bound) {
					found.add(new Candidate(candidate, distance, this.byKey.get(candidate)));
				}
			}
		}
		found.sort(Comparator.comparingInt(Candidate::distance));
		return found;
	}

	/**
	 * The closest names whatever the distance (for suggestions, so a slow scan is fine),
	 * one per place.
	 */
	public List<PlaceTarget> closest(String key, int limit) {
		int bound = Math.max(3, key.length() / 2);
		Map<String, Candidate> bestPerPlace = new LinkedHashMap<>();
		for (Map.Entry<String, List<PlaceTarget>> entry : this.byKey.entrySet()) {
			int distance = EditDistance.bounded(key, entry.getKey(), bound);
			if (distance > bound) {
				continue;
			}
			for (PlaceTarget target : entry.getValue()) {
				Candidate previous = bestPerPlace.get(target.placeId());
				if (previous == null || distance < previous.distance()) {
					bestPerPlace.put(target.placeId(), new Candidate(entry.getKey(), distance, List.of(target)));
				}
			}
		}
		return bestPerPlace.values()
			.stream()
			.sorted(Comparator.comparingInt(Candidate::distance)
				.thenComparing((Candidate c) -> c.targets().get(0).displayName()))
			.limit(limit)
			.map((c) -> c.targets().get(0))
			.toList();
	}

	public Collection<String> keys() {
		return this.byKey.keySet();
	}

	private static Set<String> deletions(String key, int edits) {
		Set<String> result = new HashSet<>();
		result.add(key);
		Set<String> frontier = Set.of(key);
		for (int e = 0; e < edits; e++) {
			Set<String> next = new HashSet<>();
			for (String word : frontier) {
				for (int i = 0; i < word.length(); i++) {
					String shorter = word.substring(0, i) + word.substring(i + 1);
					if (result.add(shorter)) {
						next.add(shorter);
					}
				}
			}
			frontier = next;
		}
		return result;
	}

	/** A key near the query and what it points at. */
	public record Candidate(String key, int distance, List<PlaceTarget> targets) {
	}

}
