package org.iblagh.triage.statistics;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.iblagh.support.browser.HeadlessChromium;
import org.iblagh.triage.TriageFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public statistics page in headless Chromium, as an anonymous visitor: Arabic and
 * right-to-left by default, French and English on request, small counts read {@code <10}
 * and no number from 1 to 9 appears anywhere, no cookie is set.
 */
class StatisticsPageBrowserIT {

	static TriageFixture fx;

	static WebDriver browser;

	@BeforeAll
	static void start() throws Exception {
		fx = TriageFixture.shared();
		StatisticsSeed.seedOnce(fx);
		browser = HeadlessChromium.start("--lang=en", "--window-size=1200,1800");
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anAnonymousVisitorSeesTheFunnelWithSmallCountsWithheld() throws Exception {
		browser.get(fx.base() + "/statistics");
		WebElement html = browser.findElement(By.tagName("html"));
		assertThat(html.getDomAttribute("lang")).isEqualTo("ar");
		assertThat(html.getDomAttribute("dir")).isEqualTo("rtl");
		assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("التبليغات: إحصاءات عمومية");
		assertThat(browser.manage().getCookies()).isEmpty();
		screenshot("statistics-page-ar.png");

		HeadlessChromium.clickThrough(browser, By.id("lang-en"));
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("ltr");
		assertThat(browser.findElement(By.id("suppression-note")).getText()).contains("from 1 to 9")
			.contains("\"<10\"");
		HeadlessChromium.clickThrough(browser,
				browser.findElements(By.cssSelector("a.week-link"))
					.stream()
					.filter((a) -> a.getText().equals(StatisticsSeed.WEEK))
					.findFirst()
					.orElseThrow());
		assertThat(browser.getCurrentUrl()).contains("week=" + StatisticsSeed.WEEK).contains("lang=en");
		assertThat(browser.findElement(By.cssSelector("#detail h2")).getText()).contains(StatisticsSeed.WEEK);

		WebElement tanger = row("DRUGS", "01");
		assertThat(tanger.findElements(By.tagName("td")).get(0).getText()).isEqualTo("Drugs");
		assertThat(tanger.findElements(By.tagName("td")).get(1).getText()).isEqualTo("Tanger-Tetouan-Al Hoceima");
		assertThat(shown(tanger)).containsExactly("12", "12", "10", "<10");
		assertThat(
				tanger.findElement(By.cssSelector("td[data-stage='acknowledged']")).getDomAttribute("data-suppressed"))
			.isEqualTo("true");
		assertThat(shown(row("DRUGS", "03"))).containsExactly("<10", "<10", "0", "0");
		assertThat(shown(row("DRUGS", "UNKNOWN"))).containsExactly("<10", "<10", "0", "0");
		screenshot("statistics-page-en.png");
		everyCountIsZeroTenOrMoreOrWithheld();

		browser.get(fx.base() + "/statistics?lang=fr&week=" + StatisticsSeed.WEEK);
		assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Signalements : statistiques publiques");
		assertThat(row("DRUGS", "03").findElements(By.tagName("td")).get(1).getText()).isEqualTo("Fès-Meknès");
		everyCountIsZeroTenOrMoreOrWithheld();
		assertThat(browser.manage().getCookies()).isEmpty();
	}

	@Test
	void whatTheAddressCarriesIsNeverRenderedAsMarkup() {
		browser.get(fx.base() + "/statistics?lang=%3Cscript%3Ealert(1)%3C/script%3E&week=%3Cimg%20src=x%3E");
		// an unknown language falls back to Arabic; an unknown week to the newest one
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ar");
		assertThat(browser.findElements(By.tagName("script"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("img"))).isEmpty();
		assertThat(browser.findElement(By.id("detail"))).isNotNull();
	}

	/** For a person to look at: target/statistics-page-*.png. */
	private static void screenshot(String name) throws Exception {
		HeadlessChromium.screenshot(browser, Path.of("target", name));
	}

	private static WebElement row(String category, String region) {
		return browser
			.findElement(By.cssSelector("tr.cell-row[data-category='" + category + "'][data-region='" + region + "']"));
	}

	private static List<String> shown(WebElement row) {
		return row.findElements(By.cssSelector("td.count")).stream().map(WebElement::getText).toList();
	}

	private static void everyCountIsZeroTenOrMoreOrWithheld() {
		List<String> counts = browser.findElements(By.cssSelector("td.count, .funnel .count"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(counts).isNotEmpty()
			.allSatisfy(
					(text) -> assertThat(text.equals("<10") || text.equals("0") || Long.parseLong(text) >= 10).as(text)
						.isTrue());
	}

}
