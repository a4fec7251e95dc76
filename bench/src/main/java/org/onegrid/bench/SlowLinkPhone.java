package org.onegrid.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A phone on a slow 4G link, as Chromium emulates it: 150 ms round trip, 1.6 Mbit/s down and 750 kbit/s up, the
 * profile the product's page-weight test uses. Debian's headless Chromium with a profile of its own, signed in once
 * on a fast link (a worker signs in once and stays signed in), then throttled for every visit measured.
 */
final class SlowLinkPhone implements AutoCloseable {

	/**
	 * What one visit gave: milliseconds from navigation until the page said it was usable, and the requests it made
	 * until then.
	 */
	record Visit(double usableMillis, int requests, long wireBytes) {
	}

	/** Notes the instant the page marks itself usable, before anything the page asks for afterwards. */
	private static final String WATCH_READY = """
			new MutationObserver((changes, observer) => {
			  if (document.body && document.body.dataset.ready === 'true') {
			    window.oneGridReadyAt = performance.now();
			    observer.disconnect();
			  }
			}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });""";

	private static final String METRICS = """
			const readyAt = window.oneGridReadyAt;
			const entries = performance.getEntriesByType('navigation')
			  .concat(performance.getEntriesByType('resource')).filter((e) => e.startTime <= readyAt);
			return [readyAt, entries.length, entries.reduce((sum, e) => sum + e.transferSize, 0)];""";

	private final ChromeDriver browser;

	private final ChromeDriverService service;

	private final Path profile;

	private final String base;

	SlowLinkPhone(String base) throws IOException {
		this.base = base;
		profile = Files.createTempDirectory("onegrid-bench-chromium-");
		service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(new File("/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=412,915", "--lang=zh-CN", "--user-data-dir=" + profile);
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	/** Signs in through the sign-in page on an unthrottled link and waits for {@code page} to be usable. */
	void signIn(String username, String password, String page) {
		browser.get(base + "/login.html?next=" + page);
		ready();
		browser.findElement(By.id("login-username")).sendKeys(username);
		browser.findElement(By.id("login-password")).sendKeys(password);
		browser.findElement(By.id("login-submit")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.html")));
		ready();
		browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH_READY));
		browser.executeCdpCommand("Network.enable", Map.of());
		browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 150,
				"downloadThroughput", 200_000, "uploadThroughput", 93_750));
	}

	/** Opens {@code page} as on a first visit: nothing in the browser's cache. */
	Visit firstVisit(String page) {
		browser.get("about:blank");
		browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
		return visit(page);
	}

	/** Opens {@code page} again, the libraries in the browser's cache, as a worker does every morning. */
	Visit againVisit(String page) {
		browser.get("about:blank");
		return visit(page);
	}

	private Visit visit(String page) {
		browser.get(base + page);
		ready();
		List<?> metrics = (List<?>) browser.executeScript(METRICS);
		return new Visit(((Number) metrics.get(0)).doubleValue(), ((Number) metrics.get(1)).intValue(),
				((Number) metrics.get(2)).longValue());
	}

	private void ready() {
		new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(20))
			.ignoring(StaleElementReferenceException.class)
			.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
	}

	@Override
	public void close() throws IOException {
		browser.quit();
		service.stop();
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}
}
