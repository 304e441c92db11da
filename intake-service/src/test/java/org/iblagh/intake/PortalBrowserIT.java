package org.iblagh.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.iblagh.support.browser.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal in headless Chromium, as a reporter on a phone would use it: an Arabic
 * right-to-left report with a file, the receipt, the follow-up page, the other languages,
 * and an axe-core accessibility check of every page and step. Screenshots go to
 * {@code target/screenshots}.
 */
class PortalBrowserIT {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static IntakeFixture fx;

	static WebDriver browser;

	static String axe;

	@BeforeAll
	static void start() throws Exception {
		fx = IntakeFixture.shared();
		Files.createDirectories(SCREENSHOTS);
		try (InputStream in = PortalBrowserIT.class.getResourceAsStream("/axe.min.js")) {
			assertThat(in).as("axe.min.js from com.deque.html.axe-core:selenium").isNotNull();
			axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(Path.of("/usr/bin/chromium")).as("apt-get install -y chromium chromium-driver").exists();
		browser = HeadlessChromium.start();
		// a phone-sized window: the portal is mobile first
		browser.manage().window().setSize(new Dimension(412, 915));
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anArabicReportWithAFileShowsTheReceiptWhichOpensTheFollowUpPage() throws Exception {
		Path file = Files.createTempFile("capture", ".png");
		Files.write(file, IntakeFeaturesIT.PNG);
		browser.get(fx.base() + "/");
		WebElement html = browser.findElement(By.tagName("html"));
		assertThat(html.getDomAttribute("lang")).isEqualTo("ar");
		assertThat(html.getDomAttribute("dir")).isEqualTo("rtl");
		assertThat(browser.findElement(By.className("emergency")).getText()).contains("19", "177");

		step("1-what");
		browser.findElement(By.cssSelector("label[for=cat-DRUGS]")).click();
		browser.findElement(By.id("description"))
			.sendKeys("صفحة على إنستغرام تروج لأقراص مهلوسة وتعرض توصيلها في الرباط");
		next("2-where");
		browser.findElement(By.id("url-0")).sendKeys("https://instagram.com/example-dealer");
		browser.findElement(By.id("idvalue-0")).sendKeys("0612345678");
		next("3-place");
		browser.findElement(By.id("city")).sendKeys("طنجة-أصيلة");
		next("4-evidence");
		browser.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
		assertThat(browser.findElements(By.cssSelector("#file-list progress"))).hasSize(1);
		next("5-identity");
		next("6-consent");
		browser.findElement(By.cssSelector("label[for=consent]")).click();
		next("7-review");
		assertThat(browser.findElement(By.id("review")).getText()).contains("instagram.com/example-dealer");
		browser.findElement(By.id("submit")).click();

		WebElement receipt = new WebDriverWait(browser, Duration.ofSeconds(30)).until(
				(d) -> d.findElement(By.id("receipt")).isDisplayed() ? d.findElement(By.id("receipt-number")) : null);
		String digits = receipt.getText().replace(" ", "");
		assertThat(digits).matches("\\d{16}");
		assertThat(browser.findElement(By.id("receipt-files")).getText())
			.contains(IntakeFeaturesIT.sha256(IntakeFeaturesIT.PNG));
		screenshot("8-receipt");
		assertAccessible("receipt");

		browser.findElement(By.id("open-follow-up")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until((d) -> !d.findElements(By.cssSelector("#timeline li")).isEmpty());
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("تم الاستلام");
		screenshot("9-follow-up");
		assertAccessible("follow-up");
		JsonNode view = fx.json.readTree(fx.get("/api/v1/follow-up", Map.of("X-Receipt", digits)).body());
		assertThat(view.get("status").asString()).isEqualTo("SUBMITTED");
	}

	@Test
	void anAnonymousReporterWhoWritesAPhoneNumberInTheTextIsWarnedBeforeSending() throws Exception {
		browser.get(fx.base() + "/?lang=fr");
		WebElement description = browser.findElement(By.id("description"));
		description.sendKeys("On me fait chanter avec des photos sur Instagram, appelez-moi au 06 12 34 56 78 svp");
		press("next", 5);
		browser.findElement(By.cssSelector("label[for=consent]")).click();
		next("self-disclosure-review");
		WebElement warning = browser.findElement(By.id("self-disclosure"));
		assertThat(warning.isDisplayed()).isTrue();
		assertThat(warning.getText()).contains("anonyme");
		// what the reporter left empty is said in words, not as a message key
		assertThat(browser.findElement(By.id("review")).getText()).contains("Non renseigné").doesNotContain("review.");

		browser.findElement(By.id("edit-description")).click();
		assertThat(description.isDisplayed()).isTrue();
		assertThat(browser.switchTo().activeElement()).isEqualTo(description);
		description.clear();
		description
			.sendKeys("On me fait chanter avec des photos sur Instagram depuis le 12/05/2024, 1500 euros demandés");
		press("next", 6);
		assertThat(browser.findElement(By.id("review")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("self-disclosure")).isDisplayed()).isFalse();

		// an identified reporter has given a contact on purpose: no warning
		press("back", 2);
		browser.findElement(By.cssSelector("label[for=anon-no]")).click();
		press("back", 4);
		description.sendKeys(" appelez-moi au 0612345678");
		press("next", 4);
		browser.findElement(By.id("fullName")).sendKeys("Nadia Test");
		browser.findElement(By.id("phone")).sendKeys("0612345678");
		press("next", 2);
		assertThat(browser.findElement(By.id("review")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("self-disclosure")).isDisplayed()).isFalse();
	}

	/** Presses one of the form's step buttons ("next", "back") this many times. */
	private static void press(String button, int times) {
		for (int i = 0; i < times; i++) {
			browser.findElement(By.id(button)).click();
		}
	}

	@Test
	void frenchEnglishAndSpanishRenderLeftToRightAndAreAccessible() throws Exception {
		for (Map.Entry<String, String> lang : Map
			.of("fr", "Drogues et hallucinogènes", "en", "Drugs and hallucinogens", "es", "Drogas y alucinógenos")
			.entrySet()) {
			browser.get(fx.base() + "/?lang=" + lang.getKey());
			WebElement html = browser.findElement(By.tagName("html"));
			assertThat(html.getDomAttribute("lang")).isEqualTo(lang.getKey());
			assertThat(html.getDomAttribute("dir")).isEqualTo("ltr");
			assertThat(browser.getPageSource()).contains(lang.getValue());
			screenshot("lang-" + lang.getKey());
			assertAccessible("report " + lang.getKey());
			browser.get(fx.base() + "/follow-up?lang=" + lang.getKey());
			assertAccessible("follow-up " + lang.getKey());
		}
	}

	private void next(String name) throws IOException {
		browser.findElement(By.id("next")).click();
		step(name);
	}

	private void step(String name) throws IOException {
		screenshot(name);
		assertAccessible(name);
	}

	private static void screenshot(String name) throws IOException {
		HeadlessChromium.screenshot(browser, SCREENSHOTS.resolve(name + ".png"));
	}

	/** Runs axe-core in the page: no serious or critical violation is allowed. */
	private static void assertAccessible(String page) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
			js.executeScript(axe);
		}
		Object result = js.executeAsyncScript(
				"""
						var done = arguments[arguments.length - 1];
						axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
						  done(JSON.stringify(r.violations.map(function (v) {
						    return { id: v.id, impact: v.impact, targets: v.nodes.map(function (n) { return n.target.join(' '); }) };
						  })));
						}).catch(function (e) { done('ERROR ' + e); });""");
		assertThat(String.valueOf(result)).as("axe on " + page).doesNotStartWith("ERROR");
		JsonNode violations = fx.json.readTree(String.valueOf(result));
		List<String> serious = new java.util.ArrayList<>();
		for (JsonNode v : violations) {
			String impact = v.get("impact").asString();
			if ("serious".equals(impact) || "critical".equals(impact)) {
				serious.add(v.get("id").asString() + " " + impact + " " + v.get("targets"));
			}
		}
		assertThat(serious).as("serious or critical accessibility violations on " + page).isEmpty();
	}

}
