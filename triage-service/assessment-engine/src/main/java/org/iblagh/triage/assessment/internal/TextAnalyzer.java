package org.iblagh.triage.assessment.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.iblagh.contracts.Category;

/**
 * Normalises and tokenises a description once, detects its language, then runs every
 * category and factor lexicon over the tokens.
 */
public final class TextAnalyzer {

	private final LanguageDetector languageDetector;

	/**
	 * Every category and factor lexicon in one index, so a text is matched in one pass.
	 */
	private final Lexicon combined;

	private final Map<String, Category> categoryBySource;

	private final Map<String, Factor> factorBySource;

	private TextAnalyzer(LanguageDetector languageDetector, Lexicon combined, Map<String, Category> categoryBySource,
			Map<String, Factor> factorBySource) {
		this.languageDetector = languageDetector;
		this.combined = combined;
		this.categoryBySource = categoryBySource;
		this.factorBySource = factorBySource;
	}

	public static TextAnalyzer fromResources() {
		Set<String> negations = LexiconLoader.loadWords(Resources.LEXICON + "negations.txt");
		List<Term> terms = new ArrayList<>();
		Map<String, Category> categories = new HashMap<>();
		for (Category category : Category.values()) {
			String resource = Resources.LEXICON + "categories/" + category.name().toLowerCase(Locale.ROOT) + ".lex";
			terms.addAll(LexiconLoader.load(resource));
			categories.put(resource, category);
		}
		Map<String, Factor> factors = new HashMap<>();
		for (Factor factor : Factor.values()) {
			terms.addAll(LexiconLoader.load(factor.resource()));
			factors.put(factor.resource(), factor);
		}
		return new TextAnalyzer(LanguageDetector.fromResources(), new Lexicon(terms, negations), categories, factors);
	}

	public TextAnalysis analyze(String description, String declaredLanguage) {
		List<Token> tokens = Tokenizer.tokenize(TextNormalizer.normalize(description));
		LanguageGuess language = this.languageDetector.detect(tokens, declaredLanguage);
		boolean arabizi = language.arabizi();
		Map<Category, List<TermMatch>> categoryMatches = new EnumMap<>(Category.class);
		EnumMap<Factor, List<TermMatch>> factorMatches = new EnumMap<>(Factor.class);
		for (TermMatch match : this.combined.match(tokens, arabizi)) {
			String source = match.term().source();
			Category category = this.categoryBySource.get(source);
			if (category != null) {
				categoryMatches.computeIfAbsent(category, (k) -> new ArrayList<>()).add(match);
			}
			else {
				factorMatches.computeIfAbsent(this.factorBySource.get(source), (k) -> new ArrayList<>()).add(match);
			}
		}
		return new TextAnalysis(tokens, language, categoryMatches, factorMatches);
	}

}
