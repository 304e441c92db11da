package org.iblagh.triage.assessment.internal;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

	@Test
	void foldsArabicVariantsDiacriticsAndTatweel() {
		assertThat(TextNormalizer.normalize("إرهابـــيّة")).isEqualTo("ارهابيه");
		assertThat(TextNormalizer.normalize("أحمد آمال")).isEqualTo("احمد امال");
		assertThat(TextNormalizer.normalize("مستشفى")).isEqualTo("مستشفي");
		assertThat(TextNormalizer.normalize("مؤثرات")).isEqualTo("موثرات");
		assertThat(TextNormalizer.normalize("٠٦١٢")).isEqualTo("0612");
	}

	@Test
	void foldsLatinCaseAndAccents() {
		assertThat(TextNormalizer.normalize("Épée À DÉCOUPER Ñandú œuvre")).isEqualTo("epee a decouper nandu oeuvre");
	}

	@Test
	void arabiziSpellingsOfOneWordShareASkeleton() {
		assertThat(TextNormalizer.arabiziKey("kat9ol")).isEqualTo(TextNormalizer.arabiziKey("katgoul"))
			.isEqualTo(TextNormalizer.arabiziKey("katqoul"));
		assertThat(TextNormalizer.arabiziKey("ydbe7ni")).isEqualTo(TextNormalizer.arabiziKey("ydba7ni"));
		assertThat(TextNormalizer.arabiziKey("7chich")).isEqualTo(TextNormalizer.arabiziKey("hshish"));
		assertThat(TextNormalizer.arabiziKey("ghda")).isEqualTo(TextNormalizer.arabiziKey("ghedda"));
		assertThat(TextNormalizer.arabiziKey("nassab")).isEqualTo(TextNormalizer.arabiziKey("nsab"));
	}

	@Test
	void arabicTokensLoseCliticsAndDarijaVerbPrefixes() {
		List<Token> tokens = Tokenizer.tokenize(TextNormalizer.normalize("وبالحشيش كيبتزني للشراب"));
		assertThat(tokens.get(0).stems()).contains("حشيش", "الحشيش");
		assertThat(tokens.get(1).stems()).contains("بتزني");
		assertThat(tokens.get(2).stems()).contains("شراب", "الشراب");
	}

	@Test
	void standardArabicFutureAndAccusativeFormsAreStemmed() {
		List<Token> tokens = Tokenizer.tokenize(TextNormalizer.normalize("سيقتلني سأنشر اعتداءً جنسياً قتلوا"));
		assertThat(tokens.get(0).stems()).contains("قتلني");
		assertThat(tokens.get(1).stems()).contains("نشر");
		assertThat(tokens.get(2).stems()).contains("اعتداء");
		assertThat(tokens.get(3).stems()).contains("جنسي");
		assertThat(tokens.get(4).stems()).contains("قتلو");
	}

	@Test
	void onlyDigitsUsedAsLettersMakeAWordArabizi() {
		assertThat(Tokenizer.hasArabiziDigit("wa7ed")).isTrue();
		assertThat(Tokenizer.hasArabiziDigit("3la")).isTrue();
		assertThat(Tokenizer.hasArabiziDigit("l9or9obi")).isTrue();
		assertThat(Tokenizer.hasArabiziDigit("2000dh")).isFalse();
		assertThat(Tokenizer.hasArabiziDigit("24h")).isFalse();
		assertThat(Tokenizer.hasArabiziDigit("5dh")).isFalse();
		assertThat(Tokenizer.hasArabiziDigit("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh")).isFalse();
	}

	@Test
	void shortOrMarkedArabiziWordsAreComparedAsWritten() {
		Lexicon imminent = new Lexicon(LexiconLoader.load(Resources.LEXICON + "factors/imminent.lex"), Set.of());
		assertThat(imminent.match(Tokenizer.tokenize("ghda"), true)).isNotEmpty();
		assertThat(imminent.match(Tokenizer.tokenize("ghadi"), true)).isEmpty();
		assertThat(imminent.match(Tokenizer.tokenize("had la page"), true)).isEmpty();
		Lexicon weapon = new Lexicon(LexiconLoader.load(Resources.LEXICON + "factors/weapon.lex"), Set.of());
		assertThat(weapon.match(Tokenizer.tokenize("mous"), true)).isNotEmpty();
		assertThat(weapon.match(Tokenizer.tokenize("mes mais"), true)).isEmpty();
	}

	@Test
	void aWordListedInSeveralLanguagesCountsOnce() {
		Lexicon hate = new Lexicon(LexiconLoader.load(Resources.LEXICON + "categories/incitement_hate.lex"), Set.of());
		// migrant* (fr) and migrants (en) both match
		assertThat(hate.match(Tokenizer.tokenize("migrants"), false)).singleElement();
	}

	@Test
	void negationCancelsTheFollowingTerm() {
		Lexicon lexicon = new Lexicon(LexiconLoader.load(Resources.LEXICON + "categories/online_fraud.lex"),
				LexiconLoader.loadWords(Resources.LEXICON + "negations.txt"));
		List<TermMatch> negated = lexicon.match(Tokenizer.tokenize(TextNormalizer.normalize("ماشي نصب ولكن")), false);
		assertThat(negated).singleElement().satisfies((m) -> assertThat(m.negated()).isTrue());
		List<TermMatch> plain = lexicon.match(Tokenizer.tokenize(TextNormalizer.normalize("c'est une arnaque")), false);
		assertThat(plain).singleElement().satisfies((m) -> assertThat(m.effectiveWeight()).isPositive());
		List<TermMatch> notAScam = lexicon.match(Tokenizer.tokenize(TextNormalizer.normalize("this is not a scam")),
				false);
		assertThat(notAScam).allSatisfy((m) -> assertThat(m.negated()).isTrue());
	}

	@Test
	void aDarijaArticleWrittenOntoALatinWordIsRemovedOnlyBeforeAConsonant() {
		assertThat(Tokenizer.withoutGluedArticle("l7chich")).isEqualTo("7chich");
		assertThat(Tokenizer.withoutGluedArticle("lbirra")).isEqualTo("birra");
		assertThat(Tokenizer.withoutGluedArticle("lycee")).isNull();
		assertThat(Tokenizer.withoutGluedArticle("llamar")).isNull();
		assertThat(Tokenizer.withoutGluedArticle("lien")).isNull();
		assertThat(Tokenizer.withoutGluedArticle("lsd")).isNull();
	}

}
