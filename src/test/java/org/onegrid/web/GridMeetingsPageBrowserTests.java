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
import org.onegrid.TestApi.Response;
import org.onegrid.TestLayers;
import org.onegrid.TestStaff;
import org.onegrid.dashboard.DashboardFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The meetings page for a 网格长: they pick their grid among "my grids", call its 网格工作例会 (the only standing
 * meeting their post may call, with no one-off meeting offered) and find the grid's serious case on its agenda,
 * with only the decision their role may take; a unit's leader, who serves no grid, is offered no grid at all, and
 * one who also serves a grid switches between it, with the standing meeting their post there may call, and their
 * unit.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GridMeetingsPageBrowserTests {

	private static final String LAYER = "mgpg";

	private static final String UNIT = "mgpg-street";

	private static final String CHIEF = "mgpg-chief";

	private static final String CENTRE = "mgpg-centre";

	@Autowired
	TestApi api;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	private long serious;

	@BeforeAll
	void givesTheGridAChiefAStandingMeetingAndASeriousCase() throws IOException {
		TestLayers.oneGrid(api, LAYER, "网格会议页面测试", "网格", "MG1", "会议页面一号网格", 47.3);
		TestStaff.unitWith(api, UNIT, "STREET", null, LAYER, "MG1", "leader");
		TestStaff.unitWith(api, CENTRE, "STREET", null, LAYER, "MG1", "leader");
		long centreLeader = api.get("/api/v1/people?unit=" + CENTRE).body().get(0).path("id").asLong();
		assertThat(api.post("/api/v1/teams/" + LAYER + "/MG1/members",
				"{\"personId\":" + centreLeader + ",\"role\":\"leader\"}").status()).isIn(200, 201);
		Response person = api.post("/api/v1/people", """
				{"name":"会议页面网格长","unitCode":"%s","roles":["grid-chief"]}""".formatted(UNIT));
		assertThat(person.status()).as(person.body().toString()).isEqualTo(201);
		long id = person.body().path("id").asLong();
		Response account = api.post("/api/v1/accounts", """
				{"username":"%s","displayName":"会议页面网格长","password":"%s","roles":["grid-chief"],"personId":%d}
				""".formatted(CHIEF, TestStaff.PASSWORD, id));
		assertThat(account.status()).as(account.body().toString()).isEqualTo(201);
		assertThat(api.post("/api/v1/teams/" + LAYER + "/MG1/members",
				"{\"personId\":" + id + ",\"role\":\"grid-chief\"}").status()).isIn(200, 201);
		Response rule = api.put("/api/v1/layers/" + LAYER + "/levels/网格/meeting-rules/mgpg-routine", """
				{"kind":"ROUTINE","name":"网格工作例会","cadence":"MONTHLY","workingDay":1,"at":"09:00",
				 "callerRoles":["grid-chief"]}""");
		assertThat(rule.status()).as(rule.body().toString()).isEqualTo(200);
		Response leaders = api.put("/api/v1/layers/" + LAYER + "/levels/网格/meeting-rules/mgpg-leaders", """
				{"kind":"JOINT","name":"领导联席会","cadence":"MONTHLY","workingDay":2,"at":"09:00",
				 "callerRoles":["leader"]}""");
		assertThat(leaders.status()).as(leaders.body().toString()).isEqualTo(200);
		DashboardFixtures fixtures = new DashboardFixtures(api);
		Response reported = api.post("/api/v1/cases", """
				{"channel":"PATROL","reportedBy":"worker-page","kind":"COMPONENT","minorCode":"0201",
				 "description":"网格会议页面测试 / Grid meetings page test","lon":47.32,"lat":0.02}""");
		assertThat(reported.status()).as(reported.body().toString()).isEqualTo(201);
		serious = reported.body().path("id").asLong();
		fixtures.act(serious, "accept", "");
		fixtures.act(serious, "file", "\"conditionMet\":true,\"tier\":\"SERIOUS\"");
		chromium = new HeadlessChromium(port);
		chromium.browser.get(chromium.url("/login.html"));
	}

	@AfterAll
	void quitsBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aGridChiefPicksTheirGridCallsItsMeetingAndSeesItsAgenda() {
		var browser = chromium.browser;
		var wait = chromium.wait;
		signIn(CHIEF);
		assertThat(browser.findElements(By.id("holder-kind"))).isEmpty();
		assertThat(browser.findElements(By.id("unit"))).isEmpty();
		Select grids = new Select(browser.findElement(By.id("my-grid")));
		assertThat(grids.getOptions()).extracting(WebElement::getText).containsExactly("会议页面一号网格（网格·网格长）");
		grids.selectByValue(LAYER + "/MG1");
		wait.until(ExpectedConditions.attributeToBe(By.id("my-grid"), "value", LAYER + "/MG1"));

		Select rules = new Select(browser.findElement(By.id("call-rule")));
		assertThat(rules.getOptions()).extracting(option -> option.getAttribute("value"))
			.containsExactly("mgpg-routine");
		assertThat(browser.findElements(By.id("call-title"))).isEmpty();
		browser.findElement(By.id("call-submit")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "网格工作例会"));
		String row = "#agenda tr[data-case='" + serious + "']";
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(row)));
		assertThat(browser.findElement(By.cssSelector(row)).getText()).contains("较大及以上");
		assertThat(browser.findElement(By.id("meeting")).getText()).contains("网格工作例会", CHIEF);
		assertThat(new Select(browser.findElement(By.id("action-" + serious))).getOptions())
			.extracting(option -> option.getAttribute("value")).isEqualTo(List.of("supervise"));
		assertThat(browser.findElement(By.id("meeting-list")).getText()).contains("网格工作例会");
		chromium.checkAccessibility("meetings page of a grid chief");
		chromium.screenshot("meetings-page-grid-chief");
	}

	@Test
	void aLeaderWhoServesNoGridIsOfferedNoGrid() {
		var browser = chromium.browser;
		signIn("leader-" + UNIT);
		assertThat(browser.findElements(By.id("my-grid"))).isEmpty();
		assertThat(browser.findElements(By.id("holder-kind"))).isEmpty();
		assertThat(new Select(browser.findElement(By.id("unit"))).getOptions())
			.extracting(option -> option.getAttribute("value")).containsExactly(UNIT);
		chromium.checkAccessibility("meetings page of a unit's leader");
	}

	@Test
	void aLeaderWhoAlsoServesAGridSwitchesBetweenTheGridAndTheirUnit() {
		var browser = chromium.browser;
		var wait = chromium.wait;
		signIn("leader-" + CENTRE);
		assertThat(browser.findElement(By.id("holder-grid")).isSelected()).isTrue();
		assertThat(new Select(browser.findElement(By.id("my-grid"))).getFirstSelectedOption().getText())
			.isEqualTo("会议页面一号网格（网格·领导）");
		assertThat(new Select(browser.findElement(By.id("call-rule"))).getOptions())
			.extracting(option -> option.getAttribute("value")).containsExactly("mgpg-leaders");
		chromium.checkAccessibility("meetings page of a leader serving a grid");

		browser.findElement(By.id("holder-unit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit")));
		assertThat(browser.findElements(By.id("my-grid"))).isEmpty();
		assertThat(new Select(browser.findElement(By.id("unit"))).getOptions())
			.extracting(option -> option.getAttribute("value")).containsExactly(CENTRE);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("call-kind")));
	}

	private void signIn(String username) {
		chromium.browser.manage().deleteAllCookies();
		chromium.signIn(username, TestStaff.PASSWORD, "/meetings.html?lang=zh-CN");
		chromium.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		assertThat(chromium.browser.findElement(By.id("page-title")).getText()).isEqualTo("会商与例会");
	}
}
