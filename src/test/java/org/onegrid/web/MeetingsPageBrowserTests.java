package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestLayers;
import org.onegrid.TestApi.Response;
import org.onegrid.TestStaff;
import org.onegrid.dashboard.DashboardFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The meetings page: the convener calls a 会商 of a street, finds the street's serious open case on its agenda,
 * records the meeting's decision to supervise it (which the case then carries) and writes the minutes, after which
 * the meeting shows as held.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingsPageBrowserTests {

	private static final String UNIT = "meeting-page-street";

	@Autowired
	TestApi api;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	private long serious;

	@BeforeAll
	void filesASeriousCaseAndSignsIn() throws IOException {
		DashboardFixtures fixtures = new DashboardFixtures(api);
		TestLayers.oneGrid(api, "mtgp", "会商页面测试网格", "街道", "MP1", "会商页面街道", 40.5);
		TestStaff.unitWith(api, UNIT, "STREET", null, "mtgp", "MP1", "leader");
		Response reported = api.post("/api/v1/cases", """
				{"channel":"PATROL","reportedBy":"worker-page","kind":"COMPONENT","minorCode":"0201",
				 "description":"会商页面测试 / Meetings page test","lon":40.52,"lat":0.02}""");
		assertThat(reported.status()).as(reported.body().toString()).isEqualTo(201);
		serious = reported.body().path("id").asLong();
		fixtures.act(serious, "accept", "");
		fixtures.act(serious, "file", "\"conditionMet\":true,\"tier\":\"SERIOUS\"");
		chromium = new HeadlessChromium(port);
		chromium.browser.manage().window().setSize(new Dimension(1366, 900));
		chromium.signIn("admin", TestApi.ADMIN_PASSWORD, "/meetings.html?lang=zh-CN%26unit=" + UNIT);
	}

	@AfterAll
	void quitsBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void callsAConsultationDecidesOnItsSeriousCaseAndRecordsTheMinutes() {
		var browser = chromium.browser;
		var wait = chromium.wait;
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.html")));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		assertThat(browser.findElement(By.id("page-title")).getText()).isEqualTo("会商与例会");
		String title = "疑难案件会商 " + UUID.randomUUID().toString().substring(0, 6);

		new Select(browser.findElement(By.id("call-kind"))).selectByValue("CONSULTATION");
		browser.findElement(By.id("call-title")).sendKeys(title);
		browser.findElement(By.id("call-submit")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), title));
		String row = "#agenda tr[data-case='" + serious + "']";
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(row)));
		assertThat(browser.findElement(By.cssSelector(row)).getText()).contains("较大及以上");
		assertThat(browser.findElement(By.id("meeting-state")).getText()).isEqualTo("尚无纪要");
		chromium.checkAccessibility("meetings page");

		browser.findElement(By.id("note-" + serious)).sendKeys("限三个工作日内办结");
		browser.findElement(By.id("decide-" + serious)).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decisions"), "限三个工作日内办结"));
		assertThat(browser.findElement(By.id("decisions")).getText()).contains("督办");
		assertThat(api.get("/api/v1/cases/" + serious).body().path("notices").toString())
			.contains("【会商·" + title + "】限三个工作日内办结");

		browser.findElement(By.id("minutes")).sendKeys("研究了较大案件, 决定督办。");
		browser.findElement(By.id("attendees")).sendKeys("街道领导\n城管中队");
		browser.findElement(By.id("minutes-submit")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting-state"), "已召开"));
		assertThat(browser.findElement(By.id("meeting-list")).getText()).contains(title, "已召开");
	}
}
