package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestStaff;
import org.onegrid.access.AccountDirectory;
import org.onegrid.geo.Crs;
import org.onegrid.people.GridTeams;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.PersonDefinition;
import org.onegrid.people.TeamAssignment;
import org.onegrid.people.UnitDefinition;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The field page in headless Chromium, with the device's position set through the DevTools protocol: a grid worker
 * reports a problem where they stand with a photo and finds it among their reports; a report made offline waits on
 * the device and becomes exactly one case when the network is back, however often it is sent; a check-in at the
 * worker's grid is accepted; buffered track points reach the server once; a citizen's report is verified and a
 * handled case checked from "my tasks" through to its close; a citizen sees only reporting and their own reports,
 * and one with more reports than a page holds reaches the rest on request.
 * The fixture is a community grid MB1 near lon 70, lat 40 with one full-time worker.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MobilePageBrowserTests {

	private static final double LON = 70.005;

	private static final double LAT = 40.005;

	/** How many cases a page of the field page's lists holds. */
	private static final int LIST_PAGE = 20;

	private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

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

	private Path photo;

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
		accounts.create(new AccountDirectory.AccountRequest("mob-citizen", "热心市民", "citizen-password", List.of(
				"citizen"), null, true), "test", false);
		TestStaff.handlersFor(api, "urban-management");
		photo = Files.createTempFile("onegrid-photo-", ".png");
		Files.write(photo, Base64.getDecoder().decode(PNG));
		chromium = FieldPageSteps.startAt(port, LON, LAT);
		chromium.signIn("mob-worker", "mobile-password", "/mobile.html");
		chromium.wait.until(ExpectedConditions.urlToBe(chromium.url("/mobile.html")));
	}

	@AfterAll
	void quitsBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
		if (photo != null) {
			Files.deleteIfExists(photo);
		}
	}

	@BeforeEach
	void opensTheFieldPage() {
		offline(chromium, false);
		FieldPageSteps.open(chromium);
	}

	@Test
	void reportsAProblemWhereTheDeviceStandsWithAPhotoAndFindsItAmongTheirReports() {
		String description = "路面坑槽 " + System.nanoTime();
		assertThat(chromium.browser.findElement(By.cssSelector(".field-page")).getDomAttribute("data-view"))
			.isEqualTo("worker");
		FieldPageSteps.fillReport(chromium, "0201", description);
		chromium.browser.findElement(By.id("report-photo")).sendKeys(photo.toString());
		chromium.wait.until((driver) -> List.of("uploaded", "unavailable").contains(driver.findElement(
				By.id("report-photo-status")).getDomAttribute("data-status")));
		assertThat(chromium.browser.findElement(By.cssSelector(".photo img.preview")).isDisplayed()).isTrue();
		chromium.browser.manage().window().setSize(new Dimension(412, 1500));
		chromium.browser.executeScript("window.scrollTo(0, 0)");
		chromium.screenshot("field");
		chromium.checkAccessibility("field page report form");
		chromium.browser.manage().window().setSize(new Dimension(1366, 900));
		chromium.browser.findElement(By.id("report-submit")).click();
		chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已上报，案件编号"));

		JsonNode reported = caseDescribed(description);
		assertThat(reported.path("channel").asString()).isEqualTo("PATROL");
		JsonNode stored = api.get("/api/v1/cases/" + reported.path("id").asLong()).body();
		assertThat(stored.path("lon").asDouble()).isCloseTo(LON, org.assertj.core.data.Offset.offset(0.0001));
		assertThat(stored.path("reportedBy").asString()).isEqualTo("mob-worker");

		chromium.browser.findElement(By.id("tab-mine")).click();
		chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine-list"), description));
		assertThat(chromium.browser.findElement(By.id("mine-list")).getText()).contains("待受理", "道路破损");
		chromium.checkAccessibility("field page, my reports");
	}

	@Test
	void keepsAReportMadeOfflineAndSendsItOnceWhenBackOnline() {
		String description = "离线上报 " + System.nanoTime();
		offline(chromium, true);
		Object queued;
		try {
			FieldPageSteps.fillReport(chromium, "0201", description);
			chromium.browser.findElement(By.id("report-submit")).click();
			chromium.wait.until(ExpectedConditions.attributeToBe(By.id("outbox-count"), "data-count", "1"));
			chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("offline")));
			chromium.checkAccessibility("field page offline");
			queued = chromium.browser.executeScript("return localStorage.getItem('onegrid.outbox')");
			assertThat(casesDescribed(description)).isZero();
		}
		finally {
			offline(chromium, false);
		}
		chromium.browser.executeScript("return window.oneGridMobile.sync()");
		chromium.wait.until(ExpectedConditions.attributeToBe(By.id("outbox-count"), "data-count", "0"));
		chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已上报，案件编号"));
		assertThat(casesDescribed(description)).isEqualTo(1);

		chromium.browser.executeScript("localStorage.setItem('onegrid.outbox', arguments[0]);"
				+ " return window.oneGridMobile.sync()", queued);
		chromium.wait.until(ExpectedConditions.attributeToBe(By.id("outbox-count"), "data-count", "0"));
		assertThat(casesDescribed(description)).isEqualTo(1);
	}

	@Test
	void keepsAPhotoTakenOfflineOnTheDeviceAndSendsItWithItsReport() {
		String description = "离线拍照 " + System.nanoTime();
		offline(chromium, true);
		try {
			FieldPageSteps.fillReport(chromium, "0201", description);
			chromium.browser.findElement(By.id("report-photo")).sendKeys(photo.toString());
			chromium.wait.until(ExpectedConditions.attributeToBe(By.id("report-photo-status"), "data-status", "kept"));
			assertThat(chromium.browser.findElement(By.id("report-photo-status")).getText()).contains("联网后");
			chromium.browser.findElement(By.id("report-submit")).click();
			chromium.wait.until(ExpectedConditions.attributeToBe(By.id("outbox-count"), "data-count", "1"));
			chromium.browser.executeScript("return window.oneGridMobile.sync()");
			chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("offline")));
			assertThat(casesDescribed(description)).isZero();
		}
		finally {
			offline(chromium, false);
		}
		chromium.browser.executeScript("return window.oneGridMobile.sync()");
		chromium.wait.until(ExpectedConditions.attributeToBe(By.id("outbox-count"), "data-count", "0"));
		JsonNode reported = caseDescribed(description);
		JsonNode report = api.get("/api/v1/cases/" + reported.path("id").asLong()).body().path("timeline").path(0);
		assertThat(report.path("attachments")).hasSize(1);
		assertThat(report.path("attachments").path(0).asString()).doesNotStartWith("device-photo:");
		assertThat(chromium.browser.executeAsyncScript("const done = arguments[0];"
				+ " const open = indexedDB.open('onegrid-field', 1);"
				+ " open.onsuccess = () => { const count = open.result.transaction('photos').objectStore('photos').count();"
				+ " count.onsuccess = () => { open.result.close(); done(count.result); }; };")).isEqualTo(0L);
	}

	@Test
	void drawsTheWorkersGridAndPositionOnTheDistrictsTiles() {
		try (var tiles = ConfiguredBaseMap.tilesIn(chromium.browser, "WGS84")) {
			FieldPageSteps.open(chromium);
			chromium.wait.until(ExpectedConditions.attributeToBe(By.id("report-map"), "data-base-map", "ok"));
			chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report-map .own-position")));
			assertThat(chromium.browser.findElements(By.cssSelector("#report-map .base-tiles img.leaflet-tile-loaded")))
				.isNotEmpty()
				.allSatisfy(tile -> assertThat(tile.getDomAttribute("src")).contains("layers.png?z="));
		}
	}

	@Test
	void zoomsOntoTheDeviceWhereGcj02TilesShowItAndTakesATappedPointBackInWgs84() throws IOException {
		double[] chengdu = { 104.061, 30.661 };
		try (HeadlessChromium citizen = new HeadlessChromium(port);
				var tiles = ConfiguredBaseMap.tilesIn(citizen.browser, "GCJ02")) {
			citizen.signIn("mob-citizen", "citizen-password", "/mobile.html");
			FieldPageSteps.open(citizen);
			citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-no-fix")));
			citizen.wait.until(ExpectedConditions.attributeToBe(By.id("report-map"), "data-base-map", "ok"));
			FieldPageSteps.standAt(citizen, chengdu[0], chengdu[1]);
			citizen.browser.findElement(By.id("report-locate")).click();
			citizen.wait.until(ExpectedConditions.attributeToBe(By.id("report-place-status"), "data-source", "gps"));
			citizen.wait.until(ExpectedConditions.attributeToBe(By.id("report-map"), "data-moving", "false"));
			@SuppressWarnings("unchecked")
			Map<String, Number> device = (Map<String, Number>) citizen.browser.executeScript("""
					document.getElementById('report-map').scrollIntoView({ block: 'center' });
					const box = document.querySelector('#report-map path.own-position').getBoundingClientRect();
					return { x: box.left + box.width / 2, y: box.top + box.height / 2 };""");
			double x = device.get("x").doubleValue();
			double y = device.get("y").doubleValue();
			double[] drawnAt = ConfiguredBaseMap.shownAt(citizen.browser, "report-map", x, y);
			double[] expected = Crs.GCJ02.fromWgs84(chengdu[0], chengdu[1]);
			double pixel = ConfiguredBaseMap.shownAt(citizen.browser, "report-map", x + 1, y)[0] - drawnAt[0];
			assertThat(pixel).as("degrees a pixel spans, zoomed onto the device").isLessThan(1e-4);
			assertThat(drawnAt[0]).as("lon drawn").isCloseTo(expected[0], within(2 * pixel));
			assertThat(drawnAt[1]).as("lat drawn").isCloseTo(expected[1], within(2 * pixel));

			int tapX = (int) Math.round(x + 50);
			int tapY = (int) Math.round(y - 30);
			new Actions(citizen.browser).moveToLocation(tapX, tapY).click().perform();
			citizen.wait.until(ExpectedConditions.attributeToBe(By.id("report-place-status"), "data-source", "map"));
			Matcher shown = Pattern.compile("(\\d+\\.\\d{5}), (\\d+\\.\\d{5})")
				.matcher(citizen.browser.findElement(By.id("report-place-status")).getText());
			assertThat(shown.find()).isTrue();
			double[] tapped = ConfiguredBaseMap.shownAt(citizen.browser, "report-map", tapX, tapY);
			double[] picked = Crs.GCJ02.toWgs84(tapped[0], tapped[1]);
			assertThat(Double.parseDouble(shown.group(2))).as("lon picked").isCloseTo(picked[0], within(2 * pixel));
			assertThat(Double.parseDouble(shown.group(1))).as("lat picked").isCloseTo(picked[1], within(2 * pixel));
		}
	}

	@Test
	void checksInAtTheWorkersGridWhereTheDeviceStands() {
		chromium.browser.findElement(By.id("tab-checkIn")).click();
		chromium.wait.until(ExpectedConditions.attributeToBe(By.id("check-in-place-status"), "data-source", "gps"));
		chromium.browser.findElement(By.id("check-in-submit")).click();
		chromium.wait.until(ExpectedConditions.attributeToBe(By.id("check-in-result"), "data-accepted", "true"));
		assertThat(chromium.browser.findElement(By.id("check-in-result")).getText()).contains("已在 MB1 签到");
		chromium.checkAccessibility("field page check-in");
	}

	@Test
	void answersARollCallThatCalledTheWorkerFromTheFieldPage() {
		var called = api.post("/api/v1/units/mob-u/roll-calls", "{\"minutes\":30,\"note\":\"晨会点名\"}");
		assertThat(called.status()).as(called.body().toString()).isEqualTo(201);
		long id = called.body().path("id").asLong();
		FieldPageSteps.open(chromium);
		assertThat(chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
				"[data-roll-call='" + id + "']"))).getText()).contains("晨会点名", "报到");
		chromium.checkAccessibility("field page roll call");
		chromium.browser.findElement(By.id("roll-call-answer-" + id)).click();
		assertThat(chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("roll-call-answered")))
			.getText()).contains("报到").doesNotContain("迟到");
		assertThat(chromium.browser.findElements(By.cssSelector("[data-roll-call='" + id + "']"))).isEmpty();
		JsonNode record = api.get("/api/v1/roll-calls/" + id).body();
		assertThat(record.path("present").asInt()).isEqualTo(1);
		assertThat(record.path("attendees").get(0).path("personId").asLong()).isEqualTo(workerId);
	}

	@Test
	void sendsBufferedTrackPointsLateOutOfOrderAndOnce() {
		chromium.browser.findElement(By.id("tab-patrol")).click();
		chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("patrol-toggle")));
		offline(chromium, true);
		try {
			record("2026-11-20T01:00:20Z", 70.003);
			record("2026-11-20T01:00:00Z", 70.001);
			record("2026-11-20T01:00:10Z", 70.002);
			chromium.browser.executeScript("return window.oneGridMobile.sync()");
			record("2026-11-20T01:00:10Z", 70.002);
			chromium.wait.until(ExpectedConditions.attributeToBe(By.id("outbox-count"), "data-count", "1"));
		}
		finally {
			offline(chromium, false);
		}
		chromium.browser.executeScript("return window.oneGridMobile.sync()");
		chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("track-last-upload"), "上次上传"));
		chromium.wait.until(ExpectedConditions.attributeToBe(By.id("outbox-count"), "data-count", "0"));
		JsonNode track = api.get("/api/v1/people/" + workerId + "/track?date=2026-11-20").body();
		assertThat(track.toString()).contains("70.001", "70.002", "70.003");
		assertThat(track.toString().split("70\\.002", -1)).hasSize(2);
	}

	@Test
	void recordsTheDevicesPositionsWhilePatrollingAndUploadsThemWhenThePatrolEnds() {
		chromium.browser.findElement(By.id("tab-patrol")).click();
		WebElement toggle = chromium.wait.until(ExpectedConditions.elementToBeClickable(By.id("patrol-toggle")));
		toggle.click();
		chromium.wait.until(ExpectedConditions.attributeToBe(By.id("patrol-toggle"), "aria-pressed", "true"));
		chromium.wait.until(ExpectedConditions.textMatches(By.id("track-buffered"), Pattern.compile("：[1-9][0-9]* 个")));
		chromium.checkAccessibility("field page patrolling");
		toggle.click();
		chromium.wait.until(ExpectedConditions.attributeToBe(By.id("patrol-toggle"), "aria-pressed", "false"));
		chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("track-buffered"), "：0 个"));
		chromium.wait.until(ExpectedConditions.attributeToBe(By.id("outbox-count"), "data-count", "0"));
		assertThat(chromium.browser.findElement(By.id("track-last-upload")).getText()).contains("上次上传")
			.containsPattern("[1-9][0-9]* 个点");
	}

	@Test
	void verifiesACitizensReportAndChecksTheHandledResultFromMyTasksThroughToItsClose() {
		String description = "市民反映垃圾堆放 " + System.nanoTime();
		JsonNode report = api.as("mob-citizen", "citizen-password").post("/api/v1/cases", """
				{"requestId":"%s","kind":"COMPONENT","minorCode":"0201","description":"%s","lon":%s,"lat":%s}"""
			.formatted(java.util.UUID.randomUUID(), description, LON, LAT)).body();
		assertThat(report.path("state").asString()).as(report.toString()).isEqualTo("AWAITING_VERIFICATION");
		long id = report.path("id").asLong();

		FieldPageSteps.openTask(chromium, id);
		assertThat(chromium.browser.findElement(By.id("case-state")).getText()).isEqualTo("待核实");
		chromium.checkAccessibility("field page verifying a report");
		chromium.browser.findElement(By.cssSelector("label:has(#action-verify-yes)")).click();
		chromium.browser.findElement(By.id("action-verify-note")).sendKeys("现场确认属实");
		chromium.browser.findElement(By.id("action-verify-submit")).click();
		chromium.wait.until(ExpectedConditions.attributeToBe(By.id("case-state"), "data-state", "REPORTED"));

		adminActs(id, "accept", "{}");
		adminActs(id, "file", "{\"conditionMet\":true}");
		adminActs(id, "dispatch", "{\"department\":\"urban-management\"}");
		adminActs(id, "sign", "{}");
		adminActs(id, "feedback", "{\"note\":\"已清理\"}");

		FieldPageSteps.openTask(chromium, id);
		assertThat(chromium.browser.findElement(By.id("case-state")).getText()).isEqualTo("已反馈");
		chromium.checkAccessibility("field page checking a result");
		chromium.browser.findElement(By.cssSelector("label:has(#action-check-yes)")).click();
		chromium.browser.findElement(By.id("action-check-x-photo")).sendKeys(photo.toString());
		chromium.wait.until((driver) -> List.of("uploaded", "unavailable").contains(driver.findElement(
				By.id("action-check-x-photo-status")).getDomAttribute("data-status")));
		chromium.browser.findElement(By.id("action-check-submit")).click();
		chromium.wait.until(ExpectedConditions.attributeToBe(By.id("case-state"), "data-state", "CHECKED"));
		assertThat(chromium.browser.findElements(By.id("action-check-form"))).isEmpty();

		adminActs(id, "close", "{\"conditionMet\":true}");
		chromium.browser.findElement(By.id("case-back")).click();
		chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tasks-list")));
		assertThat(chromium.browser.findElements(By.cssSelector("#tasks-list [data-case-id='" + id + "']"))).isEmpty();
		JsonNode closed = api.get("/api/v1/cases/" + id).body();
		assertThat(closed.path("state").asString()).isEqualTo("CLOSED");
		assertThat(closed.path("timeline").toString()).contains("\"action\":\"verify\"", "\"action\":\"check\"",
				"mob-worker");
	}

	@Test
	void aCitizenSeesOnlyReportingAndTheirOwnReports() throws IOException {
		String others = "网格员的上报 " + System.nanoTime();
		api.as("mob-worker", "mobile-password").post("/api/v1/cases", """
				{"requestId":"%s","kind":"COMPONENT","minorCode":"0201","description":"%s","lon":%s,"lat":%s}"""
			.formatted(java.util.UUID.randomUUID(), others, LON, LAT));
		try (HeadlessChromium citizen = FieldPageSteps.startAt(port, LON, LAT)) {
			citizen.signIn("mob-citizen", "citizen-password", "/mobile.html");
			citizen.wait.until(ExpectedConditions.urlToBe(citizen.url("/mobile.html")));
			FieldPageSteps.open(citizen);
			assertThat(citizen.browser.findElement(By.cssSelector(".field-page")).getDomAttribute("data-view"))
				.isEqualTo("citizen");
			assertThat(citizen.browser.findElements(By.cssSelector("#field-tabs button")).stream()
				.map((tab) -> tab.getDomAttribute("id"))).containsExactly("tab-report", "tab-mine");

			String description = "路灯不亮 " + System.nanoTime();
			FieldPageSteps.fillReport(citizen, "0201", description);
			citizen.browser.findElement(By.id("report-submit")).click();
			citizen.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "待核实"));
			assertThat(caseDescribed(description).path("channel").asString()).isEqualTo("CITIZEN");
			citizen.checkAccessibility("field page of a citizen");

			citizen.browser.findElement(By.id("tab-mine")).click();
			citizen.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine-list"), description));
			assertThat(citizen.browser.findElement(By.id("mine-list")).getText()).contains("待核实")
				.doesNotContain(others);

			citizen.browser.findElement(By.id("language")).click();
			citizen.wait.until(ExpectedConditions.textToBe(By.id("tab-mine"), "My reports"));
			assertThat(citizen.browser.findElement(By.id("mine-list")).getText()).contains("Awaiting verification",
					"Damaged road surface", "Citizen");
			citizen.checkAccessibility("field page of a citizen in English");
		}
	}

	@Test
	void listsEveryReportOfAProlificCitizenAPageAtATimeOnRequest() throws IOException {
		accounts.create(new AccountDirectory.AccountRequest("mob-prolific", "常报市民", "citizen-password", List.of(
				"citizen"), null, true), "test", false);
		TestApi prolific = api.as("mob-prolific", "citizen-password");
		List<Long> reported = new ArrayList<>();
		for (int i = 0; i < LIST_PAGE + 3; i++) {
			long id = prolific.post("/api/v1/cases", """
					{"requestId":"%s","kind":"COMPONENT","minorCode":"0201","description":"第 %d 次上报","lon":%s,"lat":%s}"""
				.formatted(UUID.randomUUID(), i, LON, LAT)).body().path("id").asLong();
			adminActs(id, "verify", "{\"confirmed\":true}");
			reported.add(id);
		}
		try (HeadlessChromium citizen = FieldPageSteps.startAt(port, LON, LAT)) {
			citizen.signIn("mob-prolific", "citizen-password", "/mobile.html");
			citizen.wait.until(ExpectedConditions.urlToBe(citizen.url("/mobile.html")));
			FieldPageSteps.open(citizen);
			citizen.browser.findElement(By.id("tab-mine")).click();
			citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mine-list")));
			assertThat(shownReports(citizen)).hasSize(LIST_PAGE);
			assertThat(citizen.browser.findElement(By.id("mine-more")).getText()).isEqualTo("加载更多");

			citizen.browser.findElement(By.id("mine-more")).click();
			citizen.wait.until(driver -> shownReports(citizen).size() > LIST_PAGE);
			assertThat(shownReports(citizen)).containsExactlyInAnyOrderElementsOf(reported);
			assertThat(citizen.browser.findElements(By.id("mine-more"))).isEmpty();
		}
	}

	private static List<Long> shownReports(HeadlessChromium browser) {
		return browser.browser.findElements(By.cssSelector("#mine-list [data-case-id]")).stream()
			.map(item -> Long.parseLong(item.getDomAttribute("data-case-id")))
			.toList();
	}

	private void adminActs(long id, String action, String json) {
		TestApi.Response response = api.post("/api/v1/cases/" + id + "/actions/" + action, json);
		assertThat(response.status()).as(action + " " + response.body()).isEqualTo(200);
	}

	private void record(String at, double lon) {
		chromium.browser.executeScript("window.oneGridMobile.recordPoint(arguments[0], 40.005, arguments[1])", lon, at);
	}

	private static void offline(HeadlessChromium browser, boolean offline) {
		ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
		conditions.setOffline(offline);
		browser.browser.setNetworkConditions(conditions);
	}

	private JsonNode caseDescribed(String description) {
		for (JsonNode item : api.get("/api/v1/cases?layer=mob&grid=MB1&size=200").body().path("items")) {
			if (item.path("description").asString().equals(description)) {
				return item;
			}
		}
		throw new AssertionError("no case described '" + description + "'");
	}

	private long casesDescribed(String description) {
		long count = 0;
		for (JsonNode item : api.get("/api/v1/cases?layer=mob&grid=MB1&size=200").body().path("items")) {
			count += item.path("description").asString().equals(description) ? 1 : 0;
		}
		return count;
	}
}
