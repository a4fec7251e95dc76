package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, with a profile of its own that is deleted afterwards, for the browser tests.
 */
final class HeadlessChromium implements AutoCloseable {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	final ChromeDriver browser;

	/**
	 * Waits up to 20 seconds; an element a page replaced while it was being checked (a placeholder giving way to what
	 * it stood for) is looked up again on the next check.
	 */
	final WebDriverWait wait;

	private final Path profile;

	private final ChromeDriverService service;

	private final String base;

	HeadlessChromium(int port) throws IOException {
		assertThat(CHROMIUM).as("Chromium (apt-get install chromium)").exists();
		assertThat(CHROMEDRIVER).as("ChromeDriver (apt-get install chromium-driver)").exists();
		base = "http://localhost:" + port;
		profile = Files.createTempDirectory("onegrid-chromium-");
		service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1366,900", "--lang=zh-CN", "--user-data-dir=" + profile);
		browser = new ChromeDriver(service, options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		wait.ignoring(StaleElementReferenceException.class);
	}

	String url(String path) {
		return base + path;
	}

	/** Signs in through the sign-in page, which then goes on to {@code next}. */
	void signIn(String username, String password, String next) {
		tryToSignIn(username, password, next);
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.html")));
	}

	/** Fills in and sends the sign-in form, and returns at once, whether or not the sign-in is accepted. */
	void tryToSignIn(String username, String password, String next) {
		browser.get(url("/login.html?next=" + next));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		browser.findElement(By.id("login-username")).sendKeys(username);
		browser.findElement(By.id("login-password")).sendKeys(password);
		browser.findElement(By.id("login-submit")).click();
	}

	/** Fails on serious or critical accessibility problems of what the browser shows now, naming it {@code page}. */
	void checkAccessibility(String page) {
		AccessibilityAudit.check(browser, page);
	}

	/** Saves what the browser shows to {@code target/screenshots/<name>.png}, for a person to look at. */
	void screenshot(String name) {
		try {
			Path directory = Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(directory.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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
