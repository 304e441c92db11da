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

	/** Keys by their form without an attached Latin article ("jadida" ← "eljadida"). */
	private final Map<String, Set<String>> byArticleFree = new HashMap<>();

	/** Keys of Latin-script names by consonant skeleton ({@link PlaceNames#skeleton}). */
	private final Map<String, Set<String>> bySkeleton = new HashMap<>();

	/**
	 * Keys of names of three words or more by each leading run of two words or more
	 * ("souksebt" → "souksebtouladnemma"): a long name is usually said short.
	 */
	private final Map<String, Set<String>> byLeadingWords = new HashMap<>();

	/**
	 * Keys of names of three words or more by each trailing run of two words or more
	 * ("sebtouladnemma" → "souksebtouladnemma"): the generic first word of a long name
	 * (Souk, Sidi, Ksar) is often left out.
	 */
	private final Map<String, Set<String>> byTrailingWords = new HashMap<>();

	/**
	 * Keys of two-word names by their last word ("bernoussi" → "sidibernoussi", "slimane"
	 * → "sidislimane", "benslimane"): the honorific Sidi is often left out.
	 */
	private final Map<String, Set<String>> byLastOfTwoWords = new HashMap<>();

	/** Below this many consonants a skeleton says too little to tell two names apart. */
	static final int MIN_SKELETON_CONSONANTS = 3;

	/**
	 * Below this many consonants a skeleton says too little to find a name on its own
	 * (Médina and Médiouna share three).
	 */
	public static final int MIN_SKELETON_CONSONANTS_ALONE = 4;

	/**
	 * Adds a name; a key pointing twice at one province keeps the most specific target.
	 */
	public void add(String name, PlaceTarget target) {
		List<String> words = PlaceNames.words(name);
		String key = String.join("", words);
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
			String articleFree = PlaceNames.withoutAttachedArticle(key);
			if (!articleFree.equals(key)) {
				this.byArticleFree.computeIfAbsent(articleFree, (k) -> new HashSet<>()).add(key);
			}
			for (int n = 2; n < words.size(); n++) {
				this.byLeadingWords.computeIfAbsent(String.join("", words.subList(0, n)), (k) -> new HashSet<>())
					.add(key);
				this.byTrailingWords
					.computeIfAbsent(String.join("", words.subList(words.size() - n, words.size())),
							(k) -> new HashSet<>())
					.add(key);
			}
		}
		// every spelling counts, not only the first with this key: "Ben Slimane" has the
		// key of "Benslimane"
		if (words.size() == 2) {
			this.byLastOfTwoWords.computeIfAbsent(words.get(1), (k) -> new HashSet<>()).add(key);
		}
		String skeleton = PlaceNames.skeleton(name);
		if (PlaceNames.consonants(skeleton) >= MIN_SKELETON_CONSONANTS) {
			this.bySkeleton.computeIfAbsent(skeleton, (k) -> new HashSet<>()).add(key);
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

	/** Whether a key is indexed. */
	public boolean contains(String key) {
		return this.byKey.containsKey(key);
	}

	/**
	 * The keys equal to the query once a Latin article attached to either is dropped
	 * ("eljadida" → "jadida", "dakhla" ← "eddakhla").
	 */
	public List<String> articleFree(String key) {
		Set<String> found = new java.util.TreeSet<>();
		String stripped = PlaceNames.withoutAttachedArticle(key);
		if (!stripped.equals(key) && this.byKey.containsKey(stripped)) {
			found.add(stripped);
		}
		found.addAll(this.byArticleFree.getOrDefault(key, Set.of()));
		found.addAll(this.byArticleFree.getOrDefault(stripped, Set.of()));
		return List.copyOf(found);
	}

	/**
	 * The keys of Latin names with this consonant skeleton (empty below the given minimum
	 * number of consonants, never below {@link #MIN_SKELETON_CONSONANTS}).
	 */
	public List<String> sameSkeleton(String skeleton, int minConsonants) {
		if (PlaceNames.consonants(skeleton) < Math.max(minConsonants, MIN_SKELETON_CONSONANTS)) {
			return List.of();
		}
		return List.copyOf(new java.util.TreeSet<>(this.bySkeleton.getOrDefault(skeleton, Set.of())));
	}

	/** The keys of the longer names that start with these (two or more) words. */
	public List<String> startingWith(String leadingWordsKey) {
		return List.copyOf(new java.util.TreeSet<>(this.byLeadingWords.getOrDefault(leadingWordsKey, Set.of())));
	}

	/**
	 * The keys of the two-word names ending with this word, when one of them is "Sidi X";
	 * all of them, so that a word shared with another name ("Slimane": Sidi Slimane, Ben
	 * Slimane) stays ambiguous. Empty otherwise.
	 */
	public List<String> withoutSidi(String lastWord) {
		Set<String> keys = this.byLastOfTwoWords.getOrDefault(lastWord, Set.of());
		boolean sidi = keys.stream().anyMatch((k) -> k.equals(SIDI + lastWord) || k.equals(SIDI_ARABIC + lastWord));
		return sidi ? List.copyOf(new java.util.TreeSet<>(keys)) : List.of();
	}

	private static final String SIDI = "sidi";

	private static final String SIDI_ARABIC = "سيدي";

	/** The keys of the longer names that end with these (two or more) words. */
	public List<String> endingWith(String trailingWordsKey) {
		return List.copyOf(new java.util.TreeSet<>(this.byTrailingWords.getOrDefault(trailingWordsKey, Set.of())));
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
