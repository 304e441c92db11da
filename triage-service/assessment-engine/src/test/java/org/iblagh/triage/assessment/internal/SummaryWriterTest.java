package org.iblagh.triage.assessment.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary's excerpt goes to the offices and their webhooks: what a reporter writes
 * about themselves stays out of it, what the report is about stays in.
 */
class SummaryWriterTest {

	@Test
	void aSelfIntroductionAndAnIdNumberAreHiddenInEveryLanguage() {
		assertThat(SummaryWriter.mask("Je m'appelle Karim Alaoui, CIN BK123456, un faux site m'a volé", List.of()))
			.isEqualTo("Je m'appelle [name], CIN [id], un faux site m'a volé");
		assertThat(SummaryWriter.mask("My name is Sara Haddad. A man on Instagram threatens me", List.of()))
			.isEqualTo("My name is [name]. A man on Instagram threatens me");
		assertThat(SummaryWriter.mask("Hola, me llamo Lucía Pérez y me estafaron", List.of()))
			.doesNotContain("Lucía", "Pérez")
			.contains("me llamo [name]", "me estafaron");
		assertThat(SummaryWriter.mask("السلام عليكم اسمي كريم العلوي، تعرضت للنصب", List.of())).doesNotContain("كريم")
			.contains("اسمي [name]", "تعرضت للنصب");
		assertThat(SummaryWriter.mask("salam ana smiti youssef, wa7ed kay hddni", List.of()))
			.isEqualTo("salam ana smiti [name], wa7ed kay hddni");
	}

	@Test
	void theFactsStay() {
		String text = "Une page vend du Rivotril à Casablanca, livraison en 24h, code promo P1 et offre A12";
		assertThat(SummaryWriter.mask(text, List.of())).isEqualTo(text);
	}

}
