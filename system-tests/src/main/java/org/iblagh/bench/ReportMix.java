package org.iblagh.bench;

import java.util.List;
import java.util.Random;

/**
 * A realistic mix of submissions: the languages and scripts citizens write in, every
 * category, places across the country, and a share with a small screenshot.
 */
final class ReportMix {

	private static final List<String[]> TEXTS = List.of(new String[] { "ONLINE_FRAUD", "ar",
			"توصلت برسائل SMS من رقم مجهول يعرض علي عملا مع شركة أمازون مقابل 500 درهم يوميا ويطلب مني دفع رسوم التسجيل" },
			new String[] { "ONLINE_FRAUD", "fr",
					"Un faux recruteur sur WhatsApp m'a demandé de payer 300 dirhams pour un emploi à domicile, numéro 06 12 34 56 78" },
			new String[] { "SEXTORTION_BLACKMAIL", "ar",
					"شخص على انستغرام يهددني بنشر صور خاصة إذا لم أرسل له المال قبل يوم السبت" },
			new String[] { "HARASSMENT_THREATS", "en",
					"An account keeps sending me threatening messages and says it will come to my house tomorrow" },
			new String[] { "DRUGS", "ar",
					"حساب على تيك توك يروج لحبوب مهلوسة ويعرض بيعها للشباب مع التوصيل إلى المنزل" },
			new String[] { "ALCOHOL", "fr",
					"Un groupe Facebook vend de l'alcool de contrebande et publie des numéros pour commander la nuit" },
			new String[] { "IDENTITY_THEFT", "fr",
					"Quelqu'un a créé un faux compte Facebook avec mes photos et demande de l'argent à mes amis" },
			new String[] { "PRIVACY_VIOLATION", "en",
					"Someone published my phone number and home address in a public Telegram group without my consent" },
			new String[] { "CYBERATTACK", "fr",
					"Le site de notre association a été piraté et redirige vers une page d'hameçonnage bancaire" },
			new String[] { "INCITEMENT_HATE", "ar",
					"صفحة على فيسبوك تنشر منشورات تحرض على العنف ضد المهاجرين وتدعو إلى طردهم" },
			new String[] { "VIOLENT_CONTENT", "es",
					"Un canal publica vídeos de peleas muy violentas grabadas en la calle con heridos graves" },
			new String[] { "OTHER", "ar", "ana 3ndi mochkil m3a wa7d l compte kaysift liya messages ghriba kol nhar" },
			new String[] { "ONLINE_FRAUD", "en",
					"I received an SMS saying my parcel is blocked and asking to pay customs fees on a phishing link" });

	private static final List<String> CITIES = List.of("Rabat", "Casablanca", "Fès", "Marrakech", "Tanger", "Agadir",
			"Oujda", "Meknès", "Kénitra", "Tétouan", "Salé", "Laâyoune");

	private final Random random;

	ReportMix(long seed) {
		this.random = new Random(seed);
	}

	Submission next(int sequence) {
		String[] text = TEXTS.get(this.random.nextInt(TEXTS.size()));
		String city = CITIES.get(this.random.nextInt(CITIES.size()));
		boolean withEvidence = this.random.nextInt(10) == 0;
		String json = """
				{"category":"%s","language":"%s","description":"%s (réf. %d)",
				 "suspectIdentifiers":[{"type":"PHONE","value":"06%08d"}],
				 "place":{"city":"%s"},"anonymous":true,"consent":true}""".formatted(text[0], text[1], text[2],
				sequence, this.random.nextInt(100_000_000), city);
		return new Submission(json, withEvidence, city);
	}

	record Submission(String json, boolean withEvidence, String city) {
	}

}
