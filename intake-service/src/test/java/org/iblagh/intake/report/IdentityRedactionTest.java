package org.iblagh.intake.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityRedactionTest {

	private static final ReporterIdentity KARIM = new ReporterIdentity("RR-1", "Karim El Alaoui", "BK123456",
			"+212 6 12 34 56 78", "karim.alaoui@example.ma", "Salé");

	@Test
	void theReportersOwnNameIdPhoneAndMailLeaveTheDescription() {
		String text = "Je m'appelle KARIM EL-ALAOUI, CIN bk 123456, joignable au 06.12.34.56.78 ou "
				+ "Karim.Alaoui@example.ma. Le compte @arnaque_maroc me menace depuis le 0698765432.";
		String redacted = IdentityRedaction.apply(text, KARIM);
		assertThat(redacted).doesNotContainIgnoringCase("alaoui")
			.doesNotContainIgnoringCase("bk 123456")
			.doesNotContain("06.12.34.56.78")
			.contains(IdentityRedaction.NAME, IdentityRedaction.NATIONAL_ID, IdentityRedaction.PHONE,
					IdentityRedaction.EMAIL)
			// what the report is about stays: the suspect's account and number
			.contains("@arnaque_maroc", "0698765432");
	}

	@Test
	void theNameIsFoundInEitherOrderAndWithoutAccentsButAGivenNameAloneStays() {
		ReporterIdentity amina = new ReporterIdentity("RR-2", "Amina Benjelloun", null, null, null, null);
		assertThat(IdentityRedaction.apply("Moi, BENJELLOUN Amina, je signale un faux profil.", amina))
			.isEqualTo("Moi, " + IdentityRedaction.NAME + ", je signale un faux profil.");
		ReporterIdentity accented = new ReporterIdentity("RR-3", "Hélène Dupré", null, null, null, null);
		assertThat(IdentityRedaction.apply("je suis helene dupre et on m'escroque", accented))
			.isEqualTo("je suis " + IdentityRedaction.NAME + " et on m'escroque");
		// the suspect may share a first name: a given name alone is not the reporter
		assertThat(IdentityRedaction.apply("Un certain Amina sur Facebook", amina))
			.isEqualTo("Un certain Amina sur Facebook");
	}

	@Test
	void theReportersNumberIsFoundNextToAnotherWithoutTakingIt() {
		ReporterIdentity nadia = new ReporterIdentity("RR-5", "Nadia Bennani", null, "0611223344", null, null);
		assertThat(IdentityRedaction.apply("numéros: 06 11 22 33 44 06 98 76 54 32", nadia))
			.isEqualTo("numéros: " + IdentityRedaction.PHONE + " 06 98 76 54 32");
		assertThat(IdentityRedaction.apply("il appelle du 0698765432 au +212611223344", nadia))
			.isEqualTo("il appelle du 0698765432 au " + IdentityRedaction.PHONE);
		// the same digits inside a longer number are someone else's
		assertThat(IdentityRedaction.apply("compte 1230611223344", nadia)).isEqualTo("compte 1230611223344");
	}

	@Test
	void partsOfOtherWordsAndOtherNumbersAreLeft() {
		ReporterIdentity ali = new ReporterIdentity("RR-4", "Ali Naji", "A12345", "0612345678", null, null);
		String text = "Alinaji.shop vend A123456 articles; appelez le 0712345678";
		assertThat(IdentityRedaction.apply(text, ali)).isEqualTo(text);
		assertThat(IdentityRedaction.apply(null, ali)).isNull();
	}

}
