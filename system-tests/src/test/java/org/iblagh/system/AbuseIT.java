package org.iblagh.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.iblagh.bench.PlatformClient;
import org.iblagh.bench.abuse.AbuseResult;
import org.iblagh.bench.abuse.AbuseRun;
import org.iblagh.local.Platform;
import org.iblagh.support.browser.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Ten thousand malformed and hostile requests, seeded, at every endpoint of the five
 * services (oversized bodies, wrong types and content types, broken JSON and multipart,
 * traversal and control characters in ids and file names, script, SQL and NoSQL operators
 * in text fields, huge headers, forged credentials, other offices' keys and ids, invalid
 * receipts and proofs of work, wrong methods): no 5xx, nothing accepted, nothing stored,
 * no office reading another's referral; then the pages that show hostile text (triage
 * console, office page, citizen follow-up) in headless Chromium: the text is shown
 * literally and nothing injected runs.
 */
class AbuseIT {

	private static final int REQUESTS = Integer.getInteger("iblagh.abuse.requests", 10_000);

	private static AbuseResult result;

	private static WebDriver browser;

	@BeforeAll
	static void run() throws Exception {
		Platform platform = SharedPlatform.get();
		AbuseRun.Options defaults = AbuseRun.Options.defaults();
		result = new AbuseRun(new PlatformClient(platform.ports(), platform.dataDir()), platform.dataDir())
			.run(new AbuseRun.Options(REQUESTS, defaults.seed(), defaults.connections()));
		result.print(System.out);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void everyEndpointReceivesHostileRequests() {
		assertThat(result.requests()).isGreaterThanOrEqualTo(REQUESTS);
		assertThat(result.uncovered()).as("endpoints of API.md that got no request").isEmpty();
		assertThat(result.endpoints().values()).allSatisfy((s) -> {
			assertThat(s.requests()).isPositive();
			assertThat(s.status5xx()).isZero();
		});
		assertThat(result.endpoints()).hasSizeGreaterThanOrEqualTo(55);
		assertThat(result.kinds()).hasSize(22);
	}

	@Test
	void noHostileRequestGetsAServerError() {
		assertThat(result.problems()).as(samples()).doesNotContainKeys("SERVER_ERROR", "NO_ANSWER");
		// Tomcat's connector answers CONNECT with 501 before any application code: the
		// RFC 9110 answer to an unsupported method, and the only 5xx allowed
		assertThat(result.statuses()).as(samples())
			.allSatisfy((status, count) -> assertThat(status < 500 || status == 501).isTrue());
		assertThat(result.statuses().getOrDefault(501, 0)).isEqualTo(result.connectRefused());
	}

	@Test
	void noHostileRequestIsAcceptedAndNothingIsStored() {
		assertThat(result.problems()).as(samples()).doesNotContainKey("HOSTILE_REQUEST_ACCEPTED");
		assertThat(result.unexplainedChanges()).as("stored during the hostile part: " + result.storedChanges())
			.isEmpty();
	}

	@Test
	void noOfficeReadsOrChangesAnotherOfficesReferral() {
		assertThat(result.problems()).as(samples())
			.doesNotContainKeys("CROSS_OFFICE_READ", "CROSS_OFFICE_WRITE", "CONTROL_FAILED");
		assertThat(result.crossOfficeChecks()).anySatisfy((line) -> assertThat(line).contains("refused"));
		assertThat(result.endpoints().get("notification GET /api/v1/referrals/{referralId}").status4xx()).isPositive();
	}

	@Test
	void noHtmlAnswerReflectsMarkup() {
		assertThat(result.problems()).as(samples()).doesNotContainKey("REFLECTED_MARKUP");
	}

	@Test
	void theConsoleShowsHostileTextLiterally() {
		AbuseResult.Target t = result.target();
		WebDriver page = browser();
		page.get(SharedPlatform.url("triage", "/console/login?lang=fr"));
		page.findElement(By.id("username")).sendKeys("analyst");
		page.findElement(By.id("password")).sendKeys("analyst");
		HeadlessChromium.clickThrough(page, By.id("login"));
		page.get(SharedPlatform.url("triage", "/console/reports/" + t.reportA()));
		assertThat(page.findElement(By.cssSelector("p.description")).getText())
			.isEqualTo(t.payloads().get("description"));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			page.navigate().refresh();
			String messages = page.findElement(By.id("messages")).getText();
			assertThat(messages).contains(t.payloads().get("question")).contains(t.payloads().get("reply"));
			assertThat(page.findElement(By.id("instructions")).getText()).contains(t.payloads().get("instruction"));
		});
		assertNothingInjected(page);
	}

	@Test
	void theOfficePageShowsHostileTextLiterally() throws Exception {
		AbuseResult.Target t = result.target();
		HttpResponse<String> referral = Client
			.send(Client.get(SharedPlatform.url("notification", "/api/v1/referrals/" + t.referralA()))
				.header("X-Api-Key", t.keyA()));
		String summary = Client.json(referral).path("summary").asString();
		assertThat(summary).contains("<script>");
		WebDriver page = browser();
		page.get(SharedPlatform.url("notification", "/office/login?lang=fr"));
		page.findElement(By.id("officeId")).sendKeys(t.officeA());
		page.findElement(By.id("key")).sendKeys(t.keyA());
		HeadlessChromium.clickThrough(page, By.id("login"));
		String row = page.findElement(By.id(t.referralA())).getText();
		assertThat(row).contains(summary.strip());
		assertThat(page.findElements(By.id(t.referralB()))).as("office B's referral on office A's page").isEmpty();
		assertNothingInjected(page);
	}

	@Test
	void theFollowUpPageShowsHostileTextLiterally() {
		AbuseResult.Target t = result.target();
		WebDriver page = browser();
		page.get(SharedPlatform.url("intake", "/follow-up?lang=fr"));
		page.findElement(By.id("receipt")).sendKeys(t.receiptA());
		page.findElement(By.id("open")).click();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(page.findElements(By.cssSelector("#messages li"))).hasSizeGreaterThanOrEqualTo(2));
		String messages = page.findElement(By.id("messages")).getText();
		// the file name keeps only its last segment: the traversal is gone, the markup is
		// text
		String fileName = t.payloads().get("replyEvidenceName");
		assertThat(messages).contains(t.payloads().get("question"))
			.contains(t.payloads().get("reply"))
			.contains(fileName.substring(fileName.lastIndexOf('/') + 1))
			.doesNotContain("../");
		assertNothingInjected(page);
	}

	private static void assertNothingInjected(WebDriver page) {
		for (String id : List.of("pwned-b", "pwned-img", "pwned-svg", "pwned-a")) {
			assertThat(page.findElements(By.id(id))).as("element #" + id + " injected into " + page.getCurrentUrl())
				.isEmpty();
		}
		Object flag = ((JavascriptExecutor) page).executeScript("return typeof window.__pwned;");
		assertThat(flag).as("an injected script ran on " + page.getCurrentUrl()).isEqualTo("undefined");
	}

	private static synchronized WebDriver browser() {
		if (browser == null) {
			browser = HeadlessChromium.start("--lang=fr");
		}
		browser.manage().deleteAllCookies();
		return browser;
	}

	private static String samples() {
		StringBuilder text = new StringBuilder("problems " + result.problems() + ":");
		for (AbuseResult.Sample s : result.samples()) {
			text.append("\n  [")
				.append(s.problem())
				.append("] ")
				.append(s.endpoint())
				.append(' ')
				.append(s.kind())
				.append(' ')
				.append(s.request())
				.append(" → ")
				.append(s.status())
				.append(' ')
				.append(s.bodyHead());
		}
		return text.toString();
	}

}
