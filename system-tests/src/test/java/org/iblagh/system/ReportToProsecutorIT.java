package org.iblagh.system;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One report through the five services on the embedded stack: submitted with a file,
 * secured, triaged, referred through the triage API, routed and delivered to the
 * competent prosecutor's feed, with the citizen's follow-up showing every step.
 */
class ReportToProsecutorIT {

	private static final String ANALYST = Client.basic("analyst", "analyst");

	@BeforeAll
	static void platform() throws Exception {
		SharedPlatform.get();
	}

	@Test
	void aReportWithEvidenceReachesTheCompetentProsecutorAndTheCitizenSeesEachStep() throws Exception {
		byte[] screenshot = screenshot();
		String report = """
				{"category":"ONLINE_FRAUD","language":"fr",
				 "description":"Je reçois des SMS d'un faux recruteur Amazon qui demande 500 dirhams pour un emploi. Numéro 06 61 23 45 67.",
				 "suspectIdentifiers":[{"type":"PHONE","value":"06 61 23 45 67"}],
				 "place":{"city":"Rabat"},"anonymous":true,"consent":true}""";
		HttpResponse<String> created = Client.send(
				Client.multipart(SharedPlatform.url("intake", "/api/v1/reports"), report, Map.of("sms.png", screenshot))
					.header("X-Proof-Of-Work", Client.proofOfWork()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode receiptPage = Client.json(created);
		String reportId = receiptPage.get("reportId").asString();
		String receipt = receiptPage.get("receipt").asString();
		String sha256 = Client.sha256Hex(screenshot);
		assertThat(receiptPage.get("evidence").get(0).get("sha256").asString()).isEqualTo(sha256);

		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			HttpResponse<String> view = Client
				.send(Client.get(SharedPlatform.url("triage", "/api/v1/reports/" + reportId))
					.header("Authorization", ANALYST));
			assertThat(view.statusCode()).isEqualTo(200);
			assertThat(Client.json(view).get("evidence").get(0).get("sha256").asString()).isEqualTo(sha256);
		});

		HttpResponse<String> decided = Client.send(
				Client
					.postJson(SharedPlatform.url("triage", "/api/v1/reports/" + reportId + "/decision"),
							"{\"action\":\"REFER\",\"offenceClass\":\"DELIT\"}")
					.header("Authorization", ANALYST));
		assertThat(decided.statusCode()).as(decided.body()).isEqualTo(202);

		String officeKey = SharedPlatform.officeKey("TPI-RABAT");
		JsonNode referral = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> findReferral("TPI-RABAT", officeKey, reportId), (r) -> r != null);
		assertThat(referral.toString()).contains(sha256);
		assertThat(referral.toString()).doesNotContain(receipt);

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			JsonNode followUp = Client.json(Client
				.send(Client.get(SharedPlatform.url("intake", "/api/v1/follow-up")).header("X-Receipt", receipt)));
			List<String> steps = new ArrayList<>();
			followUp.get("history").forEach((h) -> steps.add(h.get("status").asString()));
			assertThat(steps).containsSubsequence("SUBMITTED", "EVIDENCE_SECURED", "UNDER_REVIEW", "REFERRED", "ROUTED",
					"PROSECUTOR_NOTIFIED");
		});
	}

	private static JsonNode findReferral(String officeId, String key, String reportId) throws Exception {
		HttpResponse<String> response = Client
			.send(Client.get(SharedPlatform.url("notification", "/api/v1/offices/" + officeId + "/referrals"))
				.header("X-Api-Key", key));
		if (response.statusCode() != 200) {
			return null;
		}
		JsonNode body = Client.json(response);
		JsonNode items = body.isArray() ? body : body.get("referrals");
		if (items == null) {
			items = body.get("items");
		}
		if (items == null) {
			return null;
		}
		for (JsonNode item : items) {
			if (reportId.equals(item.path("reportId").asString(null))) {
				return item;
			}
		}
		return null;
	}

	private static byte[] screenshot() throws Exception {
		BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 320, 200);
		g.setColor(new Color(30, 90, 200));
		g.fillRoundRect(20, 30, 280, 60, 20, 20);
		g.setColor(Color.BLACK);
		g.drawString("Amazon Recruiting: 500 USD/day", 30, 130);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
