package org.iblagh.triage;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.iblagh.contracts.Topics;
import org.iblagh.support.browser.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console in headless Chromium: an analyst logs in, opens the top of the queue and
 * refers it; the referral reaches Kafka.
 */
class ConsoleBrowserIT {

	static TriageFixture fx;

	static WebDriver browser;

	@BeforeAll
	static void start() throws Exception {
		fx = TriageFixture.shared();
		browser = HeadlessChromium.start("--lang=en");
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anAnalystLogsInOpensTheTopOfTheQueueAndRefersIt() throws Exception {
		String reportId = TriageFixture.newReportId();
		fx.publish(Topics.REPORT_EVIDENCE_SECURED,
				TriageFixture.evidenceSecured(reportId,
						"Une annonce de faux crédit demande des frais de dossier par virement, arnaque signalée",
						"07" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999))));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> fx.get("/api/v1/reports/" + reportId, TriageFixture.ANALYST).statusCode() == 200);

		browser.get(fx.base() + "/console");
		assertThat(browser.getCurrentUrl()).contains("/console/login");
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
		browser.get(fx.base() + "/console/login?lang=en");
		browser.findElement(By.id("username")).sendKeys("analyst");
		browser.findElement(By.id("password")).sendKeys("wrong");
		HeadlessChromium.clickThrough(browser, By.id("login"));
		assertThat(browser.findElement(By.id("login-error")).getText()).contains("Wrong");
		browser.findElement(By.id("username")).sendKeys("analyst");
		browser.findElement(By.id("password")).sendKeys("analyst");
		HeadlessChromium.clickThrough(browser, By.id("login"));

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Queue");
		screenshot("console-queue");
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("ltr");
		String top = topOfTheQueue();
		WebElement firstRow = browser.findElements(By.cssSelector("tr.queue-row")).get(0);
		assertThat(firstRow.getDomAttribute("data-report-id")).isEqualTo(top);
		HeadlessChromium.clickThrough(browser, firstRow.findElement(By.cssSelector("a.report-link")));

		assertThat(browser.getCurrentUrl()).endsWith("/console/reports/" + top);
		assertThat(browser.findElement(By.id("explanation")).isDisplayed()).isTrue();
		screenshot("console-report");
		assertThat(browser.findElement(By.id("due")).getText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");
		browser.findElement(By.id("refer-city")).sendKeys("Casablanca");
		browser.findElement(By.cssSelector("#refer-class option[value='CRIME']")).click();
		HeadlessChromium.clickThrough(browser, By.id("refer"));

		assertThat(browser.findElement(By.id("notice")).getText()).startsWith("Referred");
		screenshot("console-referred");
		assertThat(browser.findElement(By.id("status")).getDomAttribute("data-status")).isEqualTo("REFERRED");
		JsonNode referral = fx.eventsFor(Topics.REPORT_REFERRED, top, 1, Duration.ofSeconds(20)).get(0);
		assertThat(referral.get("decidedBy").asString()).isEqualTo("analyst");
		assertThat(referral.get("offenceClass").asString()).isEqualTo("CRIME");
		assertThat(referral.get("place").get("city").asString()).isEqualTo("Casablanca");

		// the report published above came without any file
		browser.get(fx.base() + "/console/reports/" + reportId + "?lang=en");
		assertThat(browser.findElement(By.id("no-evidence")).getText()).isEqualTo("No file came with this report.");

		browser.get(fx.base() + "/console?lang=ar");
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("قائمة الانتظار");
		screenshot("console-queue-ar");
		HttpResponse<String> audit = fx.get("/api/v1/audit?reportId=" + top, TriageFixture.SUPERVISOR);
		assertThat(audit.body()).contains("DECIDE_REFER").contains("VIEW_REPORT");
	}

	/** For a person to look at: {@code target/screenshots}, full page. */
	private static void screenshot(String name) throws IOException {
		browser.manage().window().setSize(new Dimension(1280, 2000));
		HeadlessChromium.screenshot(browser, Path.of("target", "screenshots", name + ".png"));
	}

	private static String topOfTheQueue() throws Exception {
		JsonNode page = fx.json(fx.get("/api/v1/queue?size=1", TriageFixture.ANALYST));
		return page.get("content").get(0).get("reportId").asString();
	}

}
