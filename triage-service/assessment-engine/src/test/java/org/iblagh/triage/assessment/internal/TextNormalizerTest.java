package org.iblagh.triage.assessment.internal;

import java.util.List;

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

}
