package org.iblagh.support.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real headless Chromium every page test drives (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs), and the one safe way to
 * follow a link or submit a form in it.
 */
public final class HeadlessChromium {

	private static final Duration PAGE_LOAD = Duration.ofSeconds(30);

	private HeadlessChromium() {
	}

	/**
	 * A fresh browser; {@code arguments} adds to the common switches, e.g.
	 * {@code --lang=fr}.
	 */
	public static WebDriver start(String... arguments) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		List<String> switches = new ArrayList<>(
				List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"));
		switches.addAll(List.of(arguments));
		options.addArguments(switches);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		WebDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
		return browser;
	}

	/**
	 * Clicks what loads a new page (a form's submit button, a link) and returns once that
	 * page has loaded. ChromeDriver waits for a navigation only if it has begun when the
	 * click returns; when it has not, the next lookup runs on the old page and finds a
	 * stale or a missing element. So the old page's window is marked before the click,
	 * and the wait ends when a window without the mark has finished loading. (Watching an
	 * old element go stale is not enough: while the page changes, ChromeDriver may answer
	 * with other errors, such as a node that "does not belong to the document".)
	 */
	public static void clickThrough(WebDriver browser, By target) {
		clickThrough(browser, browser.findElement(target));
	}

	/** As {@link #clickThrough(WebDriver, By)}, for an element already found. */
	public static void clickThrough(WebDriver browser, WebElement target) {
		JavascriptExecutor page = (JavascriptExecutor) browser;
		page.executeScript("window.__iblaghLeaving = true;");
		target.click();
		new WebDriverWait(browser, PAGE_LOAD).ignoring(WebDriverException.class)
			.until((driver) -> Boolean.TRUE.equals(page
				.executeScript("return window.__iblaghLeaving === undefined && document.readyState === 'complete';")));
	}

	/** Saves what the browser shows as a PNG, for a person to look at. */
	public static void screenshot(WebDriver browser, Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
