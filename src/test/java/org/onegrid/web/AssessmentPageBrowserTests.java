package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.onegrid.dashboard.DashboardFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The assessment page for May 2034, a month no other test uses: the departments' ranking drawn by ECharts with
 * their figures named as the monthly report names them, the month closed from the page, and an operator's figures
 * opened down to the cases behind them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentPageBrowserTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	@BeforeAll
	void makesAMonthAndSignsIn() throws IOException {
		clock.setShanghai("2034-05-10T09:00");
		DashboardFixtures district = new DashboardFixtures(api);
		district.close(district.handling(1));
		district.handling(2);
		clock.setShanghai("2034-06-05T09:00");
		new FluentWait<>(api).withTimeout(Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(100)).until(calls ->
				calls.get("/api/v1/assessment/indicators?period=2034-05&objectType=DEPARTMENT").body().path("rows")
					.size() > 0);
		chromium = new HeadlessChromium(port);
		chromium.browser.manage().window().setSize(new Dimension(1366, 900));
		chromium.signIn("admin", TestApi.ADMIN_PASSWORD, "/assessment.html?month=2034-05&lang=zh-CN");
	}

	@AfterAll
	void quitsBrowser() throws IOException {
		clock.reset();
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void ranksTheMonthClosesItAndOpensAPersonsCases() {
		var browser = chromium.browser;
		var wait = chromium.wait;
		wait.until(ExpectedConditions.urlContains("/assessment.html"));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		wait.until(ExpectedConditions.attributeToBe(By.id("score-chart"), "data-rendered", "true"));
		assertThat(browser.findElement(By.id("page-title")).getText()).isEqualTo("考核评价");
		assertThat(browser.findElements(By.cssSelector("#ranking-table tbody tr"))).isNotEmpty();
		assertThat(browser.findElement(By.id("ranking-table")).getText()).contains("市政");
		assertThat(browser.findElement(By.id("figures-table")).getText()).contains("按期处置率", "结案率", "返工率");
		assertThat(browser.findElement(By.id("month-state")).getDomAttribute("data-closed")).isEqualTo("false");
		chromium.screenshot("assessment");
		chromium.checkAccessibility("assessment page");

		browser.findElement(By.id("close-month")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("month-state"), "data-closed", "true"));
		assertThat(browser.findElement(By.id("month-state")).getText()).contains("第 1 版");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("figures-as-of"), "第 1 版"));

		browser.findElement(By.id("tab-OPERATOR")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("tab-OPERATOR"), "aria-selected", "true"));
		wait.until(driver -> {
			driver.findElement(By.cssSelector("#figures-table button[id^='cases-of-']")).click();
			return true;
		});
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#person-cases-table tr[data-case]")));
		assertThat(browser.findElement(By.id("person-cases-table")).getText()).contains("计入");
		chromium.checkAccessibility("assessment page, a person's cases");

		browser.findElement(By.id("language")).click();
		wait.until(ExpectedConditions.textToBe(By.id("page-title"), "Assessment"));
		chromium.checkAccessibility("assessment page in English");

		String notice = browser.findElement(By.id("ranking-notice")).getDomProperty("href");
		assertThat(notice).contains("objectType=OPERATOR", "lang=en");
		browser.get(notice);
		wait.until(ExpectedConditions.titleContains("intake and dispatch staff"));
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("Published: revision 1", "Rank");
	}
}
