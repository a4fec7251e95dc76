package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the big-screen dashboard in headless Chromium at 1920×1080, under the Content-Security-Policy that forbids
 * eval and inline scripts: every chart is drawn by ECharts, and a case reported through the API raises today's
 * intake and appears in the live feed, at its time in the district's zone, without reloading the page. The browser's
 * clock is in a zone no district lies in.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTests {

	private static final List<String> CHARTS = List.of("chart-channels", "chart-streets", "chart-on-time",
			"chart-top-today", "chart-top-month");

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
		clock.reset();
		chromium = new HeadlessChromium(port);
		browser = chromium.browser;
		wait = chromium.wait;
		DistrictTimes.putFarAway(browser);
		browser.manage().window().setSize(new Dimension(1920, 1080));
		chromium.signIn("admin", TestApi.ADMIN_PASSWORD, "/dashboard.html");
		wait.until(ExpectedConditions.urlToBe(chromium.url("/dashboard.html")));
	}

	@AfterAll
	void quitsBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void drawsTheChartsAndCountsACaseReportedMeanwhile() {
		DashboardFixtures district = new DashboardFixtures(api);
		browser.get(chromium.url("/dashboard.html?lang=zh-CN"));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		for (String chart : CHARTS) {
			wait.until(ExpectedConditions.attributeToBe(By.id(chart), "data-rendered", "true"));
			assertThat(browser.findElements(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty();
		}
		assertThat(browser.findElement(By.id("page-title")).getText()).isEqualTo("一屏观天下");
		wait.until(ExpectedConditions.attributeToBe(By.id("feed-state"), "data-connected", "true"));
		long before = Long.parseLong(browser.findElement(By.id("kpi-intake")).getAttribute("data-value"));

		long id = district.report("HOTLINE_12345", "0201", 3);

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#feed li[data-case-id='" + id + "']")));
		wait.until(ExpectedConditions.attributeToBe(By.id("kpi-intake"), "data-value", Long.toString(before + 1)));
		assertThat(browser.findElement(By.cssSelector("#feed li[data-case-id='" + id + "']")).getText())
			.contains("新案件", "南山街道");
		Instant reported = Instant.parse(api.get("/api/v1/cases/" + id).body().path("reportedAt").asString());
		assertThat(browser.findElement(By.cssSelector("#feed li[data-case-id='" + id + "'] .feed-time")).getText())
			.isEqualTo(DistrictTimes.of(api).seconds(reported));
		chromium.screenshot("dashboard");
		chromium.checkAccessibility("dashboard");

		browser.findElement(By.id("language")).click();
		wait.until(ExpectedConditions.textToBe(By.id("page-title"), "City at a glance"));
		assertThat(browser.findElement(By.cssSelector("#kpi-intake .kpi-label")).getText()).isEqualTo("Taken in today");
		chromium.checkAccessibility("dashboard in English");
		browser.findElement(By.id("language")).click();
		wait.until(ExpectedConditions.textToBe(By.id("page-title"), "一屏观天下"));
	}
}
