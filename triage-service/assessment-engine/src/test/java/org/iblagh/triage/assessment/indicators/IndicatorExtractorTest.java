package org.iblagh.triage.assessment.indicators;

import java.util.List;

import org.iblagh.contracts.ContentLocation;
import org.iblagh.contracts.SuspectIdentifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorExtractorTest {

	private final IndicatorExtractor extractor = new IndicatorExtractor();

	private List<String> found(String text) {
		return this.extractor.extract(text, List.of(), List.of())
			.stream()
			.map((i) -> i.type() + "=" + i.normalized())
			.toList();
	}

	@Test
	void phonesInMoroccanAndInternationalFormats() {
		assertThat(found("appelez le 06 12 34 56 78 ou 0661-23-45-67 ou 07.00.11.22.33"))
			.containsExactly("PHONE=+212612345678", "PHONE=+212661234567", "PHONE=+212700112233");
		assertThat(found("نمرة +212 5 22 12 34 56 و 00212661234567")).containsExactly("PHONE=+212522123456",
				"PHONE=+212661234567");
		assertThat(found("un numéro français +33 6 12 34 56 78")).containsExactly("PHONE=+33612345678");
		assertThat(found("الرقم ٠٦٦١٢٣٤٥٦٧")).containsExactly("PHONE=+212661234567");
	}

	@Test
	void possibleButInvalidNumbersAreKeptAndAmountsAreNot() {
		// 0690 is not an assigned Moroccan mobile range, but it has a possible length
		assertThat(found("le numéro 0690 00 00 00 m'appelle")).containsExactly("PHONE=+212690000000");
		assertThat(found("j'ai payé 10000 DH le 2026-11-20")).isEmpty();
	}

	@Test
	void urlsAreCanonical() {
		assertThat(found("voir HTTPS://Amana-Livraison.INFO:443/pay/?utm_source=sms&id=7#top"))
			.containsExactly("URL=https://amana-livraison.info/pay?id=7");
		assertThat(found("le site http://www.example.com:80/ est faux")).containsExactly("URL=http://www.example.com/");
		assertThat(found("ghir dkhl l amazon-jobs.top, rah khdma")).containsExactly("URL=https://amazon-jobs.top/");
	}

	@Test
	void telegramEmailsAndHandles() {
		assertThat(found("la chaîne t.me/Khilafa_News et contact@Scam.ma"))
			.containsExactly("TELEGRAM=https://t.me/khilafa_news", "EMAIL=contact@scam.ma");
		assertThat(found("le compte @style_casa_shop et pseudo: darkrider")).containsExactly("HANDLE=@style_casa_shop",
				"HANDLE=@darkrider");
		assertThat(found("سميتو hamid_99 فالانستا")).containsExactly("HANDLE=@hamid_99");
		assertThat(found("un compte Instagram a volé mon compte Facebook")).isEmpty();
	}

	@Test
	void bankAccountsAreChecksumValidated() {
		assertThat(found("IBAN FR14 2004 1010 0505 0001 3M02 606 ET"))
			.containsExactly("IBAN=FR1420041010050500013M02606");
		assertThat(found("IBAN FR15 2004 1010 0505 0001 3M02 606")).isEmpty();
		assertThat(found("RIB 011 519 0000012050005349 21")).containsExactly("RIB=011519000001205000534921");
		assertThat(found("RIB 011519000001205000534922")).isEmpty();
	}

	@Test
	void cryptoWallets() {
		assertThat(found("btc bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"))
			.containsExactly("CRYPTO_WALLET=bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh");
		assertThat(found("legacy 13kGZPntwtyoxFfd4rQE82crwLHyo7Zg2m"))
			.containsExactly("CRYPTO_WALLET=13kGZPntwtyoxFfd4rQE82crwLHyo7Zg2m");
		assertThat(found("tron TA4Y62o6YC2Zsck9rZVGTvqW1AQ7X9zTnj"))
			.containsExactly("CRYPTO_WALLET=TA4Y62o6YC2Zsck9rZVGTvqW1AQ7X9zTnj");
		assertThat(found("eth 0x52908400098527886E0F7030069857D2E4169EE7"))
			.containsExactly("CRYPTO_WALLET=0x52908400098527886e0f7030069857d2e4169ee7");
		assertThat(found("tron TA4Y62o6YC2Zsck9rZVGTvqW1AQ7X9zTnk")).isEmpty();
	}

	@Test
	void structuredFieldsAreNormalisedToo() {
		List<String> found = this.extractor
			.extract("rien", List.of(new ContentLocation("https://t.me/SomeChannel/", "TELEGRAM")),
					List.of(new SuspectIdentifier("PHONE", "0661 23 45 67"), new SuspectIdentifier("EMAIL", "A@B.MA")))
			.stream()
			.map((i) -> i.type() + "=" + i.normalized())
			.toList();
		assertThat(found).containsExactly("TELEGRAM=https://t.me/somechannel", "PHONE=+212661234567", "EMAIL=a@b.ma");
	}

}
