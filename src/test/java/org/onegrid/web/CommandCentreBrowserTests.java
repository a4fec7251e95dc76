package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestStaff;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the command centre in headless Chromium against the whole application. The fixture is a generated layer
 * near lon 40, lat 0: street P (0.02° square) with community 甲 on its left half and 乙 on its lower right quarter,
 * so that the upper right quarter is a gap (盲区). A second, surveyed layer of two police beats splits 乙 between
 * them (20% west, 80% east).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandCentreBrowserTests {

	private static final String LAYER = "web-cc";

	private static final String BEATS = "web-cc-beats";

	private static final String SOURCE = "Drawn by hand for the browser test";

	@Autowired
	TestApi api;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeAll
	void importsLayerAndStartsBrowser() throws IOException {
		assertThat(api.put("/api/v1/layers/" + LAYER, """
				{"code":"%s","name":"浏览器测试层","kind":"ops","levelNames":["街道","社区"],"codeRule":"FREE",
				 "generated":true,"source":"%s"}""".formatted(LAYER, SOURCE)).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/layers/" + LAYER + "/import", collection(
				feature("P", "测试街道", null, "街道", box(40, 0, 40.02, 0.02)),
				feature("A", "甲社区", "P", "社区", box(40, 0, 40.01, 0.02)),
				feature("B", "乙社区", "P", "社区", box(40.01, 0, 40.02, 0.01)))).status()).isEqualTo(200);
		assertThat(api.put("/api/v1/layers/" + BEATS, """
				{"code":"%s","name":"浏览器测试警务区","kind":"police-beat","levelNames":["警务责任区"],
				 "codeRule":"FREE"}""".formatted(BEATS)).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/layers/" + BEATS + "/import", collection(
				feature("X", "西警务区", null, "警务责任区", box(40, 0, 40.012, 0.02)),
				feature("Y", "东警务区", null, "警务责任区", box(40.012, 0, 40.03, 0.02)))).status()).isEqualTo(200);
		TestStaff.handlersFor(api, "municipal-works");
		chromium = new HeadlessChromium(port);
		browser = chromium.browser;
		wait = chromium.wait;
		signIn(TestApi.ADMIN_PASSWORD);
		wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
	}

	private void signIn(String password) {
		chromium.signIn("admin", password, "/");
	}

	@AfterAll
	void quitsBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void opensCommandCentre() {
		browser.get("http://localhost:" + port + "/");
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		wait.until(ExpectedConditions.attributeToBe(By.id("layer-item-" + LAYER), "data-drawn", "3"));
		browser.findElement(By.id("layer-zoom-" + LAYER)).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("map"), "data-moving", "false"));
	}

	@Test
	void sendsVisitorsWithoutASessionToSignInAndBack() {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/");
		wait.until(ExpectedConditions.urlContains("/login.html?next="));
		signIn("not-the-password");
		WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-area")));
		assertThat(error.getText()).contains("Wrong username or password");
		assertThat(browser.getCurrentUrl()).contains("/login.html");
		signIn(TestApi.ADMIN_PASSWORD);
		wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in"), "Administrator"));
	}

	@Test
	void listsCasesAndTakesTheActionsTheChosenCaseAllows() {
		long id = api.post("/api/v1/cases", """
				{"channel":"PATROL","kind":"COMPONENT","minorCode":"0201","description":"浏览器案件 %d",
				 "lon":40.005,"lat":0.01}""".formatted(System.nanoTime())).body().path("id").asLong();
		browser.findElement(By.id("cases-refresh")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-item-" + id))).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("case-detail"), "data-state", "REPORTED"));
		assertThat(browser.findElement(By.id("case-title")).getText()).contains("待受理");
		browser.findElement(By.id("case-action-accept")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("case-detail"), "data-state", "ACCEPTED"));
		browser.findElement(By.id("case-action-file")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("case-detail"), "data-state", "FILED"));
		assertThat(browser.findElements(By.cssSelector("#case-timeline li"))).hasSize(3);
		assertThat(api.get("/api/v1/cases/" + id).body().path("state").asString()).isEqualTo("FILED");
		api.post("/api/v1/cases/" + id + "/actions/dispatch", "{}");
		browser.findElement(By.id("case-action-dispatch")).click();
		WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-area")));
		assertThat(error.getText()).contains("changed by someone else", "DISPATCHED");
		wait.until(ExpectedConditions.attributeToBe(By.id("case-detail"), "data-state", "DISPATCHED"));
		browser.findElement(By.id("error-dismiss")).click();
	}

	@Test
	void showsTitleAndTheLayerWithItsGeneratedBadge() {
		assertThat(browser.getTitle()).isEqualTo("OneGrid 网格指挥中心");
		assertThat(browser.findElement(By.id("app-title")).getText()).isEqualTo("OneGrid 网格指挥中心");
		WebElement item = browser.findElement(By.id("layer-item-" + LAYER));
		assertThat(item.getText()).contains("浏览器测试层");
		WebElement badge = browser.findElement(By.id("layer-generated-" + LAYER));
		assertThat(badge.isDisplayed()).isTrue();
		assertThat(badge.getText()).isEqualTo("示意边界 Generated");
		assertThat(badge.getDomAttribute("title")).isEqualTo(SOURCE);
		assertThat(browser.findElements(By.id("layer-generated-" + BEATS))).isEmpty();
		assertThat(browser.findElement(By.id("error-area")).isDisplayed()).isFalse();
	}

	@Test
	void drawsEveryGridOfTheLayerAndHidesThemWithTheCheckbox() {
		By paths = By.cssSelector("#map path.grid-layer-" + LAYER);
		assertThat(browser.findElements(paths)).hasSize(3);
		browser.findElement(By.id("layer-toggle-" + LAYER)).click();
		wait.until(ExpectedConditions.numberOfElementsToBe(paths, 0));
		browser.findElement(By.id("layer-toggle-" + LAYER)).click();
		wait.until(ExpectedConditions.numberOfElementsToBe(paths, 3));
	}

	@Test
	void filtersTheLayerByLevelName() {
		new Select(browser.findElement(By.id("layer-level-" + LAYER))).selectByValue("社区");
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#map path.grid-layer-" + LAYER), 2));
	}

	@Test
	void clickingAGridShowsItsDetailsAndLocatesThePoint() {
		hideEveryLayerBut(LAYER);
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#map path.grid-layer-" + BEATS), 0));
		browser.findElement(By.cssSelector("#map path.grid-layer-" + LAYER + ".grid-code-A")).click();
		wait.until(ExpectedConditions.textToBe(By.id("grid-code"), "A"));
		assertThat(browser.findElement(By.id("grid-name")).getText()).isEqualTo("甲社区");
		assertThat(browser.findElement(By.id("grid-level")).getText()).isEqualTo("社区");
		assertThat(browser.findElement(By.id("grid-generated")).getText()).isEqualTo("示意边界 Generated");
		assertThat(pathNames()).containsExactly("甲社区", "测试街道");
	}

	@Test
	void locatesATypedPointFromLeafToRoot() {
		locate("40.005", "0.01");
		assertThat(pathNames()).containsExactly("甲社区", "测试街道");
		assertThat(browser.findElement(By.id("locate-path-" + LAYER)).getText()).contains("社区", "街道");
	}

	@Test
	void locatesAPointInTheGapOnlyInTheStreet() {
		locate("40.015", "0.015");
		assertThat(pathNames()).containsExactly("测试街道");
	}

	@Test
	void saysWhenAPointIsOutsideEveryGrid() {
		locate("40.5", "0.5");
		assertThat(browser.findElement(By.id("locate-outside")).getText()).isEqualTo("不在任何网格内 Outside every grid");
	}

	@Test
	void showsTheProblemWhenTheApiRefusesAPoint() {
		locate("40.5", "95");
		WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-area")));
		assertThat(browser.findElement(By.id("error-title")).getText()).isEqualTo("请求无效 / Invalid request");
		assertThat(browser.findElement(By.id("error-detail")).getText()).contains("lat must be between -90 and 90");
		assertThat(error.getText()).contains("OUT_OF_RANGE");
	}

	@Test
	void listsTheGapInTheLayersCoverageAndDrawsIt() {
		new Select(browser.findElement(By.id("coverage-layer"))).selectByValue(LAYER);
		browser.findElement(By.id("coverage-run")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("coverage-result"), "data-state", "done"));
		List<WebElement> gaps = browser.findElements(By.cssSelector("#coverage-gaps .gap-item"));
		assertThat(gaps).hasSize(1);
		assertThat(gaps.get(0).getText()).contains("测试街道", "m²");
		assertThat(Double.parseDouble(gaps.get(0).getDomAttribute("data-area-m2"))).isGreaterThan(1_000_000);
		assertThat(browser.findElements(By.cssSelector("#coverage-overlaps li"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("#coverage-spills li"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("#map path.analysis-gap"))).hasSize(1);
	}

	@Test
	void comparesTwoLayersAndHighlightsTheSplitGrid() {
		new Select(browser.findElement(By.id("corr-layer"))).selectByValue(LAYER);
		new Select(browser.findElement(By.id("corr-with"))).selectByValue(BEATS);
		browser.findElement(By.id("corr-run")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("corr-result"), "data-state", "done"));
		assertThat(browser.findElement(By.id("corr-split-count")).getText()).contains("1");
		assertThat(browser.findElement(By.id("corr-aligned-count")).getText()).contains("1");
		List<WebElement> rows = browser.findElements(By.cssSelector("#corr-table .corr-row"));
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).getText()).contains("乙社区", "西警务区 20.0%", "东警务区 80.0%");
		rows.get(0).click();
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#map path.highlight-path"), 1));
		assertThat(rows.get(0).getDomAttribute("class")).contains("selected");
	}

	private void locate(String lon, String lat) {
		WebElement lonField = browser.findElement(By.id("locate-lon"));
		lonField.clear();
		lonField.sendKeys(lon);
		WebElement latField = browser.findElement(By.id("locate-lat"));
		latField.clear();
		latField.sendKeys(lat);
		new Select(browser.findElement(By.id("locate-crs"))).selectByValue("wgs84");
		browser.findElement(By.id("locate-submit")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("locate-result"), "data-state", "done"));
	}

	/**
	 * Hides the layers other tests imported, which may lie over this one's grids, and zooms to this one, waiting for
	 * the zoom animation to end so that the grids hold still.
	 */
	private void hideEveryLayerBut(String code) {
		for (WebElement toggle : browser.findElements(By.cssSelector("input[id^='layer-toggle-']"))) {
			if (!toggle.getDomAttribute("id").equals("layer-toggle-" + code) && toggle.isSelected()) {
				toggle.click();
			}
		}
		browser.findElement(By.id("layer-zoom-" + code)).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("map"), "data-moving", "false"));
	}

	private List<String> pathNames() {
		By names = By.cssSelector("#locate-path-" + LAYER + " .path-name");
		wait.until(ExpectedConditions.presenceOfElementLocated(names));
		return browser.findElements(names).stream().map(WebElement::getText).toList();
	}

	private static String collection(String... features) {
		return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
	}

	private static String feature(String code, String name, String parent, String level, String geometry) {
		return """
				{"type":"Feature","properties":{"code":"%s","name":"%s","parent":%s,"level":"%s"},"geometry":%s}"""
			.formatted(code, name, parent == null ? "null" : "\"" + parent + "\"", level, geometry);
	}

	private static String box(double minX, double minY, double maxX, double maxY) {
		return String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}",
				minX, minY, maxX, minY, maxX, maxY, minX, maxY, minX, minY);
	}
}
