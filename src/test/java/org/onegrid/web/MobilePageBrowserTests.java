package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.access.AccountDirectory;
import org.onegrid.people.GridTeams;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.PersonDefinition;
import org.onegrid.people.TeamAssignment;
import org.onegrid.people.UnitDefinition;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The field worker's page in headless Chromium: a report made offline waits in the outbox and becomes exactly one
 * case when the network is back; buffered track points reach the server deduplicated; a check-in at the worker's
 * grid is accepted. The fixture is a community grid MB1 near lon 70, lat 40 with one full-time worker.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MobilePageBrowserTests {

	@Autowired
	TestApi api;

	@Autowired
	Organisation organisation;

	@Autowired
	People people;

	@Autowired
	GridTeams teams;

	@Autowired
	AccountDirectory accounts;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	private long workerId;

	@BeforeAll
	void setsUpAWorkerAndSignsIn() throws IOException {
		api.put("/api/v1/layers/mob", """
				{"code":"mob","name":"移动端测试","kind":"ops","levelNames":["社区"],"codeRule":"FREE"}""");
		assertThat(api.post("/api/v1/layers/mob/import", """
				{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"MB1","name":"移动社区",
				 "parent":null,"level":"社区"},"geometry":{"type":"Polygon","coordinates":[[[70,40],[70.01,40],
				 [70.01,40.01],[70,40.01],[70,40]]]}}]}""").status()).isEqualTo(200);
		organisation.define(new UnitDefinition("mob-u", "移动社区", "COMMUNITY", null, "mob", "MB1", false));
		workerId = people.add(new PersonDefinition("移动网格员", null, "mob-u", null, List.of("full-time-worker"), false))
			.id();
		teams.assignAll("mob", List.of(new TeamAssignment("MB1", workerId, "full-time-worker")));
		accounts.create(new AccountDirectory.AccountRequest("mob-worker", "移动网格员", "mobile-password", List.of(
				"full-time-worker"), workerId, true), "test", false);
		chromium = new HeadlessChromium(port);
		chromium.signIn("mob-worker", "mobile-password", "/mobile.html");
		chromium.wait.until(ExpectedConditions.urlToBe(chromium.url("/mobile.html")));
		chromium.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		chromium.browser.findElement(By.id("here-lon")).sendKeys("70.005");
		chromium.browser.findElement(By.id("here-lat")).sendKeys("40.005");
	}

	@AfterAll
	void quitsBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void keepsAReportMadeOfflineAndSendsItOnceWhenBackOnline() {
		String description = "离线上报 offline report " + System.nanoTime();
		offline(true);
		try {
			new Select(chromium.browser.findElement(By.id("report-category"))).selectByValue("COMPONENT:0201");
			chromium.browser.findElement(By.id("report-description")).sendKeys(description);
			chromium.browser.findElement(By.id("report-submit")).click();
			chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outbox-count"), "1"));
			assertThat(casesDescribed(description)).isZero();
		}
		finally {
			offline(false);
		}
		chromium.browser.findElement(By.id("sync-now")).click();
		chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mobile-log"), "Reported as case"));
		chromium.wait.until(ExpectedConditions.textToBe(By.id("outbox-count"), ""));
		chromium.browser.findElement(By.id("sync-now")).click();
		chromium.wait.until(ExpectedConditions.textToBe(By.id("outbox-count"), ""));
		assertThat(casesDescribed(description)).isEqualTo(1);
	}

	@Test
	void sendsBufferedTrackPointsLateOutOfOrderAndOnce() {
		offline(true);
		try {
			record("2026-11-20T01:00:20Z", 70.003);
			record("2026-11-20T01:00:00Z", 70.001);
			record("2026-11-20T01:00:10Z", 70.002);
			chromium.browser.executeScript("return window.oneGridMobile.sync()");
			record("2026-11-20T01:00:10Z", 70.002);
		}
		finally {
			offline(false);
		}
		chromium.browser.executeScript("return window.oneGridMobile.sync()");
		chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mobile-log"), "Sent: track"));
		JsonNode track = api.get("/api/v1/people/" + workerId + "/track?date=2026-11-20").body();
		assertThat(track.toString()).contains("70.001", "70.002", "70.003");
		assertThat(track.toString().split("70\\.002", -1)).hasSize(2);
	}

	@Test
	void checksInAtTheWorkersGrid() {
		new Select(chromium.browser.findElement(By.id("checkin-grid"))).selectByValue("mob:MB1");
		chromium.browser.findElement(By.id("checkin-submit")).click();
		chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mobile-log"), "Checked in at MB1"));
	}

	private void record(String at, double lon) {
		chromium.browser.executeScript("window.oneGridMobile.recordPoint(arguments[0], 40.005, arguments[1])", lon, at);
	}

	private void offline(boolean offline) {
		ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
		conditions.setOffline(offline);
		chromium.browser.setNetworkConditions(conditions);
	}

	private long casesDescribed(String description) {
		JsonNode page = api.get("/api/v1/cases?layer=mob&grid=MB1&size=200").body();
		long count = 0;
		for (JsonNode item : page.path("items")) {
			count += item.path("description").asString().equals(description) ? 1 : 0;
		}
		return count;
	}
}
