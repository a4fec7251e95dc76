package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the working-calendar page in headless Chromium, under OneGrid's Content-Security-Policy that forbids inline
 * scripts: the warning that the schedules run out, loading a year from a file after a preview, a refused
 * schedule with its field errors, and a single-day exception moving a deadline. The 2027 schedule is made up for
 * the test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarPageBrowserTests {

	private static final String SCHEDULE_2027 = """
			{"year":2027,"papers":[],"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true},
			 {"name":"春节","date":"2027-02-06","isOffDay":false}]}""";

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeAll
	void startsBrowserAndSignsIn() throws IOException {
		chromium = new HeadlessChromium(port);
		browser = chromium.browser;
		wait = chromium.wait;
		chromium.signIn("admin", TestApi.ADMIN_PASSWORD, "/calendar.html");
		wait.until(ExpectedConditions.urlToBe(chromium.url("/calendar.html")));
	}

	@AfterAll
	void quitsBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void opensThePageOnTheThirdOfDecember2026() {
		clock.setShanghai("2026-12-03T10:00");
		browser.get(chromium.url("/calendar.html"));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calendar-status")));
	}

	@AfterEach
	void takesBackChanges() {
		clock.reset();
		api.delete("/api/v1/calendar/years/2027");
		api.delete("/api/v1/calendar/exceptions/2026-07-14");
	}

	@Test
	void warnsThatTheSchedulesRunOutAndLoadsNextYearFromAFileAfterAPreview() throws IOException {
		WebElement status = browser.findElement(By.id("calendar-status"));
		assertThat(status.getAttribute("data-state")).isEqualTo("RUNNING_OUT");
		assertThat(status.getText()).contains("2026-12-31", "28", "2027");
		assertThat(browser.findElement(By.id("year-row-2026")).getAttribute("data-source")).isEqualTo("BUNDLED");
		chromium.screenshot("calendar-page-warning");
		chromium.checkAccessibility("calendar page");

		Path file = Files.createTempFile("onegrid-2027-", ".json");
		Files.writeString(file, SCHEDULE_2027);
		browser.findElement(By.id("load-file")).sendKeys(file.toString());
		wait.until(driver -> driver.findElement(By.id("load-text")).getDomProperty("value").contains("元旦"));
		Files.delete(file);
		browser.findElement(By.id("load-preview")).click();
		WebElement preview = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("load-result")));
		assertThat(preview.getAttribute("data-dry-run")).isEqualTo("true");
		assertThat(browser.findElements(By.cssSelector("#load-changes tbody tr"))).hasSize(2);
		assertThat(browser.findElement(By.cssSelector("#load-changes tr[data-date='2027-01-01']")).getText())
			.contains("节假日", "元旦", "估算");
		chromium.checkAccessibility("calendar page with a preview");
		assertThat(api.get("/api/v1/calendar/status").body().path("state").asString()).isEqualTo("RUNNING_OUT");

		browser.findElement(By.id("load-apply")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("calendar-status"), "data-state", "COVERED"));
		assertThat(browser.findElement(By.id("year-row-2027")).getAttribute("data-source")).isEqualTo("LOADED");
		assertThat(browser.findElement(By.id("notice")).getText()).contains("2027");
		chromium.screenshot("calendar-page-loaded");

		browser.findElement(By.id("year-unload-2027")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("calendar-status"), "data-state", "RUNNING_OUT"));
		assertThat(browser.findElements(By.id("year-row-2027"))).isEmpty();
	}

	@Test
	void showsEveryProblemOfARefusedScheduleByItsLine() {
		new Select(browser.findElement(By.id("load-format"))).selectByValue("lines");
		browser.findElement(By.id("load-text")).sendKeys("2027-01-01 off\n2027-13-01 off\nholiday\n");
		browser.findElement(By.id("load-preview")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-area")));
		List<String> fields = browser.findElements(By.cssSelector("#error-list li")).stream()
			.map(item -> item.getAttribute("data-field") + ":" + item.getAttribute("data-code"))
			.toList();
		assertThat(fields).containsExactly("lines[2]:INVALID_DATE", "lines[3]:INVALID_LINE");
		assertThat(browser.findElements(By.id("load-result"))).isEmpty();
		chromium.checkAccessibility("calendar page with a refused schedule");
		browser.findElement(By.id("error-dismiss")).click();
		assertThat(browser.findElements(By.id("error-area"))).isEmpty();
	}

	@Test
	void aSingleDayExceptionMovesTheDeadlineUntilItIsRemoved() {
		setValue("deadline-start", "2026-07-13T10:00");
		setValue("deadline-days", "1");
		browser.findElement(By.id("deadline-run")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("deadline-result"), "data-deadline", "2026-07-14T09:30:00Z"));

		setValue("exception-date", "2026-07-14");
		browser.findElement(By.id("exception-name")).sendKeys("台风停工");
		browser.findElement(By.id("exception-save")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("exception-row-2026-07-14")));
		assertThat(browser.findElement(By.id("exception-row-2026-07-14")).getText()).contains("休息日", "台风停工");

		browser.findElement(By.id("deadline-run")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("deadline-result"), "data-deadline", "2026-07-15T09:30:00Z"));
		chromium.screenshot("calendar-page-exception");
		chromium.checkAccessibility("calendar page with an exception");

		browser.findElement(By.id("exception-remove-2026-07-14")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("exception-row-2026-07-14")));
		browser.findElement(By.id("deadline-run")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("deadline-result"), "data-deadline", "2026-07-14T09:30:00Z"));
	}

	@Test
	void runsUnderAPolicyThatForbidsInlineScriptsAndSwitchesToEnglish() {
		assertThat(browser.findElements(By.cssSelector("script:not([src]):not([type=importmap])"))).isEmpty();
		assertThat(browser.executeScript("return [...document.querySelectorAll('*')].some(element => "
				+ "[...element.attributes].some(attribute => attribute.name.startsWith('on')))")).isEqualTo(false);
		Object inline = browser.executeScript("""
				const script = document.createElement('script');
				script.textContent = 'window.inlineRan = true;';
				document.head.appendChild(script);
				script.remove();
				return window.inlineRan === true;""");
		assertThat(inline).as("an inline script must be blocked by the policy").isEqualTo(false);

		assertThat(browser.findElement(By.id("page-title")).getText()).isEqualTo("工作日历");
		browser.findElement(By.id("language")).click();
		wait.until(ExpectedConditions.textToBe(By.id("page-title"), "Working calendar"));
		assertThat(browser.findElement(By.id("calendar-status")).getText()).contains("run out on 2026-12-31");
		chromium.checkAccessibility("calendar page in English");
		browser.findElement(By.id("language")).click();
		wait.until(ExpectedConditions.textToBe(By.id("page-title"), "工作日历"));
	}

	private void setValue(String id, String value) {
		browser.executeScript("const input = document.getElementById(arguments[0]); input.value = arguments[1];"
				+ "input.dispatchEvent(new Event('input', { bubbles: true }));", id, value);
	}
}
