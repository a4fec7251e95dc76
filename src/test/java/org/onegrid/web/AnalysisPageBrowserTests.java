package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Year;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.dashboard.DashboardFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The analysis page for a reader of the whole district: a warning over an open case, supervised from the page, the
 * district's forecast drawn by ECharts with its backtest, and its outlook of the months and years ahead with the
 * course of satisfaction, in Chinese and in English.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisPageBrowserTests {

	@Autowired
	TestApi api;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	private long warning;

	private long caseId;

	@BeforeAll
	void raisesAWarningAndSignsIn() throws IOException {
		caseId = new DashboardFixtures(api).handling(1);
		warning = jdbc.sql("""
				INSERT INTO analysis_warning (rule, layer, grid, minor_code, subject, observed, expected, p_value,
				  detected_at)
				VALUES ('HOT_SPOT', 'ops', 'PAGE-W1', '0201', 'analysis-page', 6, 1.5, 0.001, now()) RETURNING id
				""").query(Long.class).single();
		jdbc.sql("INSERT INTO analysis_warning_case (warning_id, case_id) VALUES (?, ?)").params(warning, caseId)
			.update();
		chromium = new HeadlessChromium(port);
		chromium.browser.manage().window().setSize(new Dimension(1366, 900));
		chromium.signIn("admin", TestApi.ADMIN_PASSWORD, "/analysis.html?lang=zh-CN");
	}

	@AfterAll
	void quitsBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void showsTheWarningsSupervisesOneAndDrawsTheForecast() {
		var browser = chromium.browser;
		var wait = chromium.wait;
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.html")));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		assertThat(browser.findElement(By.id("page-title")).getText()).isEqualTo("分析研判");
		wait.until(ExpectedConditions.attributeToBe(By.id("forecast-chart"), "data-rendered", "true"));
		assertThat(browser.findElement(By.id("backtest")).getText()).containsAnyOf("回测", "历史不足");
		wait.until(ExpectedConditions.attributeToBe(By.id("outlook-chart"), "data-rendered", "true"));
		wait.until(ExpectedConditions.attributeToBe(By.id("opinion-chart"), "data-rendered", "true"));
		assertThat(browser.findElement(By.id("outlook-heading")).getText()).isEqualTo("中长期研判");
		assertThat(browser.findElement(By.id("outlook-backtest")).getText()).containsAnyOf("回测", "历史不足");
		String year = String.valueOf(Year.now(ZoneId.of("Asia/Shanghai")).getValue());
		assertThat(browser.findElement(By.cssSelector("#outlook-years tr[data-year='" + year + "']")).getText())
			.as("this year's row counts the case reported for the page").startsWith(year).doesNotContain("undefined");
		assertThat(browser.findElement(By.id("opinion-trend")).getAttribute("data-direction"))
			.isIn("RISING", "FALLING", "STEADY", "UNKNOWN");
		assertThat(browser.findElement(By.id("opinion-trend")).getText()).contains("民意走向");
		((JavascriptExecutor) browser)
			.executeScript("document.getElementById('outlook').scrollIntoView()");
		chromium.screenshot("analysis-page-outlook");
		String row = "tr[data-warning='" + warning + "']";
		assertThat(browser.findElement(By.cssSelector(row)).getText()).contains("热点", "PAGE-W1", "0201");
		chromium.checkAccessibility("analysis page");

		browser.findElement(By.id("supervise-" + warning)).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
		assertThat(browser.findElement(By.id("notice")).getText()).contains("已督办 1 件");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(row), "admin"));
		assertThat(api.get("/api/v1/cases/" + caseId).body().path("notices").size()).isEqualTo(1);

		browser.findElement(By.id("language")).click();
		wait.until(ExpectedConditions.textToBe(By.id("page-title"), "Analysis"));
		assertThat(browser.findElement(By.cssSelector(row)).getText()).contains("Hot spot");
		assertThat(browser.findElement(By.id("outlook-heading")).getText()).isEqualTo("Medium- and long-term outlook");
		assertThat(browser.findElement(By.id("opinion-trend")).getText()).containsAnyOf("opinion", "Opinion");
		chromium.checkAccessibility("analysis page in English");
	}
}
