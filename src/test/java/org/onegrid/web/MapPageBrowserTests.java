package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.onegrid.access.AccountDirectory;
import org.onegrid.cases.LightSweep;
import org.onegrid.geo.Crs;
import org.onegrid.people.GridTeams;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.PersonDefinition;
import org.onegrid.people.TeamAssignment;
import org.onegrid.people.UnitDefinition;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the map page in headless Chromium. The fixture lies near lon 41, lat 0: street P (0.02° square) with
 * community 甲 (A) on its left half and 乙 (B) on its lower right quarter, so that the upper right quarter is a gap
 * (盲区); a police-beat layer splits 乙 between two beats and has a third far east, at lon 41.5, with a case in it.
 * 甲 has a grid worker who sent a position, and an open case; 乙 has a filed case whose dispatch is overdue (red
 * light), filed with the clock set back two weeks; the browser runs on the real time, which signed-in sessions
 * expire by. No tile server is configured, as on a machine without internet: the grids are drawn on a plain
 * background. The browser's clock is in a zone no district lies in.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapPageBrowserTests {

	private static final String LAYER = "map-page";

	private static final String BEATS = "map-page-beats";

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	LightSweep sweep;

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

	private ChromeDriver browser;

	private WebDriverWait wait;

	private final Instant trackedAt = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);

	private long caseInA;

	private long redCase;

	private long farCase;

	@BeforeAll
	void setsUpTheDistrictAndSignsIn() throws IOException {
		assertThat(api.put("/api/v1/layers/" + LAYER, """
				{"code":"%s","name":"地图页测试层","kind":"governance","levelNames":["街道","社区"],"codeRule":"FREE"}
				""".formatted(LAYER)).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/layers/" + LAYER + "/import", collection(
				feature("P", "地图街道", null, "街道", box(41, 0, 41.02, 0.02)),
				feature("A", "甲社区", "P", "社区", box(41, 0, 41.01, 0.02)),
				feature("B", "乙社区", "P", "社区", box(41.01, 0, 41.02, 0.01)))).status()).isEqualTo(200);
		assertThat(api.put("/api/v1/layers/" + BEATS, """
				{"code":"%s","name":"地图页警务区","kind":"police-beat","levelNames":["警务责任区"],"codeRule":"FREE"}
				""".formatted(BEATS)).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/layers/" + BEATS + "/import", collection(
				feature("X", "西警务区", null, "警务责任区", box(41, 0, 41.012, 0.02)),
				feature("Y", "东警务区", null, "警务责任区", box(41.012, 0, 41.03, 0.02)),
				feature("Z", "远处警务区", null, "警务责任区", box(41.5, 0, 41.52, 0.02)))).status()).isEqualTo(200);
		assertThat(api.put("/api/v1/layers/" + LAYER + "/members", collection("""
				{"type":"Feature","properties":{"code":"school-a","name":"甲社区示例小学","kind":"unit","grid":"A",
				 "contact":"校长(示例)"},"geometry":{"type":"Point","coordinates":[41.003,0.003]}}""", """
				{"type":"Feature","properties":{"code":"road-p","name":"地图东西路","kind":"road-section","grid":"P",
				 "coordinated":true},"geometry":{"type":"LineString","coordinates":[[41.01,0],[41.01,0.01]]}}"""))
			.status()).isEqualTo(200);
		organisation.define(new UnitDefinition("map-page-a", "甲社区居委", "COMMUNITY", null, LAYER, "A", false));
		long worker = people.add(new PersonDefinition("地图网格员", null, "map-page-a", null,
				List.of("full-time-worker"), false)).id();
		teams.assignAll(LAYER, List.of(new TeamAssignment("A", worker, "full-time-worker")));
		assertThat(api.post("/api/v1/people/" + worker + "/track", "{\"points\":[{\"t\":\"" + trackedAt
				+ "\",\"lon\":41.003,\"lat\":0.012,\"accuracy\":5}]}").status()).isEqualTo(200);

		clock.set(Instant.now().minus(Duration.ofDays(14)));
		redCase = report(41.018, 0.002, "0204", "乙社区护栏损坏");
		assertThat(api.post("/api/v1/cases/" + redCase + "/actions/accept", "{}").status()).isEqualTo(200);
		assertThat(api.post("/api/v1/cases/" + redCase + "/actions/file", "{\"conditionMet\":true}").status())
			.isEqualTo(200);
		clock.reset();
		sweep.sweep();
		caseInA = report(41.002, 0.018, "0201", "甲社区道路破损");
		farCase = report(41.51, 0.01, "0201", "远处的案件");
		assertThat(api.get("/api/v1/cases/" + redCase).body().path("clock").path("light").asString()).isEqualTo("RED");

		chromium = new HeadlessChromium(port);
		browser = chromium.browser;
		wait = chromium.wait;
		DistrictTimes.putFarAway(browser);
		chromium.signIn("admin", TestApi.ADMIN_PASSWORD, "/map.html");
		wait.until(ExpectedConditions.urlToBe(chromium.url("/map.html")));
	}

	@AfterAll
	void quitsBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void opensTheMapOnTheTestLayer() {
		browser.get(chromium.url("/map.html"));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("layer-item-" + LAYER)));
		browser.findElement(By.id("layer-zoom-" + LAYER)).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("layer-item-" + LAYER), "data-drawn", "3"));
		wait.until(ExpectedConditions.attributeToBe(By.id("map"), "data-moving", "false"));
	}

	@Test
	void switchesLayersOnAndOffAndShowsOneLevel() {
		assertThat(paths(".grid-layer-" + LAYER)).hasSize(3);
		assertThat(browser.findElement(By.id("map")).getAttribute("data-base-map")).isEqualTo("none");
		assertThat(browser.findElements(By.cssSelector("img.leaflet-tile"))).isEmpty();

		new Select(browser.findElement(By.id("layer-level-" + LAYER))).selectByValue("社区");
		wait.until(ExpectedConditions.attributeToBe(By.id("layer-item-" + LAYER), "data-drawn", "2"));
		assertThat(paths(".grid-layer-" + LAYER)).hasSize(2);

		browser.findElement(By.id("layer-toggle-" + BEATS)).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("layer-item-" + BEATS), "data-drawn", "3"));
		assertThat(paths(".grid-layer-" + BEATS)).hasSize(3);
		chromium.screenshot("map-page-layers");
		chromium.checkAccessibility("map page with two layers");

		browser.findElement(By.id("layer-toggle-" + BEATS)).click();
		wait.until(driver -> paths(".grid-layer-" + BEATS).isEmpty());
		browser.findElement(By.id("layer-toggle-" + LAYER)).click();
		wait.until(driver -> paths(".grid-layer-" + LAYER).isEmpty());
	}

	@Test
	void clickingAGridShowsItsTeamItsOpenCasesItsWorkersAndItsMembers() {
		new Select(browser.findElement(By.id("layer-level-" + LAYER))).selectByValue("社区");
		wait.until(ExpectedConditions.attributeToBe(By.id("layer-item-" + LAYER), "data-drawn", "2"));
		browser.findElement(By.cssSelector("path.grid-layer-" + LAYER + ".grid-code-A")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("grid-panel"), "data-grid", "A"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid-cases li[data-case='" + caseInA
				+ "']")));
		assertThat(browser.findElement(By.id("grid-title")).getText()).contains("甲社区", "社区", "地图页测试层");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("grid-team"), "地图网格员"));
		assertThat(browser.findElement(By.id("grid-team")).getText()).contains("专职网格员");
		assertThat(browser.findElements(By.cssSelector("#grid-cases li[data-case]"))).hasSize(1);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("grid-workers"), "地图网格员"));
		assertThat(browser.findElement(By.id("grid-workers")).getText()).as("last seen in the district's zone")
			.contains(DistrictTimes.of(api).minutes(trackedAt));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid-members li[data-member]")));
		assertThat(browser.findElements(By.cssSelector("#grid-members li[data-member]"))).as("only A's own members")
			.extracting(item -> item.getDomAttribute("data-member")).containsExactly("school-a");
		assertThat(browser.findElement(By.id("grid-members")).getText()).contains("甲社区示例小学", "校长(示例)");
		chromium.screenshot("map-page-grid");
		chromium.checkAccessibility("map page with a grid's panel");
	}

	@Test
	void drawsTheGapsOfALayerAndTheGridsAnotherLayerSplits() {
		new Select(browser.findElement(By.id("coverage-layer"))).selectByValue(LAYER);
		browser.findElement(By.id("coverage-run")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("path.finding-gap")));
		List<WebElement> gaps = browser.findElements(By.cssSelector("#coverage-result li.finding-item-gap"));
		assertThat(gaps).hasSize(1);
		assertThat(Double.parseDouble(gaps.get(0).getAttribute("data-area"))).isGreaterThan(1_000_000);
		assertThat(gaps.get(0).getText()).contains("盲区", "地图街道");
		chromium.screenshot("map-page-gaps");
		chromium.checkAccessibility("map page with gaps");

		new Select(browser.findElement(By.id("coverage-other"))).selectByValue(BEATS);
		browser.findElement(By.id("correspondence-run")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("path.finding-split")));
		assertThat(browser.findElements(By.cssSelector("#coverage-result li.finding-item-split")).stream()
			.map(WebElement::getText).toList()).anySatisfy(text -> assertThat(text).contains("乙社区", "西警务区",
					"东警务区"));
	}

	@Test
	void drawsWhereTwoSiblingGridsOverlap() {
		String merged = "map-page-overlap";
		assertThat(api.put("/api/v1/layers/" + merged, """
				{"code":"%s","name":"地图页重叠层","kind":"governance","levelNames":["街道","社区"],"codeRule":"FREE"}
				""".formatted(merged)).status()).isIn(200, 201);
		assertThat(api.post("/api/v1/layers/" + merged + "/import", collection(
				feature("Q", "重叠街道", null, "街道", box(41.1, 0, 41.12, 0.02)),
				feature("OC", "丙社区", "Q", "社区", box(41.1, 0, 41.112, 0.02)),
				feature("OD", "丁社区", "Q", "社区", box(41.108, 0, 41.12, 0.02)))).status()).isEqualTo(200);
		browser.navigate().refresh();
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#coverage-layer option[value='"
				+ merged + "']")));

		new Select(browser.findElement(By.id("coverage-layer"))).selectByValue(merged);
		browser.findElement(By.id("coverage-run")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("path.finding-overlap")));
		List<WebElement> overlaps = browser.findElements(By.cssSelector("#coverage-result li.finding-item-overlap"));
		assertThat(overlaps).hasSize(1);
		assertThat(overlaps.get(0).getText()).contains("OC / OD", "重叠");
		assertThat(Double.parseDouble(overlaps.get(0).getAttribute("data-area"))).as("0.004° by 0.02° at the equator")
			.isBetween(0.95e6, 1.05e6);
		assertThat(browser.findElements(By.cssSelector("#coverage-result li.finding-item-gap"))).isEmpty();
		chromium.screenshot("map-page-overlaps");
	}

	@Test
	void showsTheCasesInViewAsPinsColouredByStageAndLight() {
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case-pin-" + redCase)));
		assertThat(classes(".case-pin-" + caseInA)).contains("case-group-intake", "case-light-GREEN",
				"case-state-REPORTED");
		assertThat(classes(".case-pin-" + redCase)).contains("case-group-dispatch", "case-light-RED",
				"case-state-FILED");
		assertThat(browser.findElements(By.cssSelector(".case-pin-" + farCase))).isEmpty();

		new Select(browser.findElement(By.id("case-filter"))).selectByValue("red");
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".case-pin-" + caseInA)));
		assertThat(browser.findElements(By.cssSelector(".case-pin-" + redCase))).hasSize(1);
		chromium.screenshot("map-page-pins");
		chromium.checkAccessibility("map page with case pins");
	}

	@Test
	void shiftsOntoGcj02AsTheServerDoes() {
		@SuppressWarnings("unchecked")
		List<List<Number>> shifted = (List<List<Number>>) browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				import('/app/basemap.js').then(({ wgs84ToGcj02, gcj02ToWgs84 }) => done([
				  wgs84ToGcj02(116.404, 39.915), wgs84ToGcj02(121.5272106, 31.1774276),
				  gcj02ToWgs84(...wgs84ToGcj02(121.2278, 31.0322)), wgs84ToGcj02(-73.9857, 40.7484)]));""");
		assertThat(shifted.get(0).get(0).doubleValue()).isCloseTo(116.41024449916938, within(1e-9));
		assertThat(shifted.get(0).get(1).doubleValue()).isCloseTo(39.91640428150164, within(1e-9));
		double[] shanghai = Crs.GCJ02.fromWgs84(121.5272106, 31.1774276);
		assertThat(shifted.get(1).get(0).doubleValue()).isCloseTo(shanghai[0], within(1e-12));
		assertThat(shifted.get(1).get(1).doubleValue()).isCloseTo(shanghai[1], within(1e-12));
		assertThat(shifted.get(2).get(0).doubleValue()).isCloseTo(121.2278, within(1e-9));
		assertThat(shifted.get(2).get(1).doubleValue()).isCloseTo(31.0322, within(1e-9));
		assertThat(shifted.get(3).get(0).doubleValue()).isEqualTo(-73.9857);
	}

	@Test
	void findsAGridByNameFromTheKeyboard() {
		browser.findElement(By.id("grid-find")).sendKeys("乙社区", Keys.TAB);
		WebElement found = browser.switchTo().activeElement();
		assertThat(found.getAttribute("id")).isEqualTo("grid-found-" + LAYER + "-B");
		found.sendKeys(Keys.ENTER);
		wait.until(ExpectedConditions.attributeToBe(By.id("grid-panel"), "data-grid", "B"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid-cases li[data-case='" + redCase
				+ "']")));
	}

	@Test
	void fallsBackToThePlainBackgroundWhenNoTileLoadsAndShiftsDataOntoGcj02Tiles() {
		@SuppressWarnings("unchecked")
		List<Object> outcome = (List<Object>) browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				import('/app/basemap.js').then(({ createMap }) => {
				  const element = document.createElement('div');
				  element.style.cssText = 'width: 300px; height: 200px';
				  document.body.appendChild(element);
				  createMap(element, { url: 'https://127.0.0.1:9/{z}/{x}/{y}.png', crs: 'WGS84' });
				  const gcjElement = document.createElement('div');
				  gcjElement.style.cssText = 'width: 300px; height: 200px';
				  document.body.appendChild(gcjElement);
				  const gcj = createMap(gcjElement, { url: '', crs: 'GCJ02' });
				  const shown = gcj.toDisplay(121.5272106, 31.1774276);
				  const back = gcj.fromDisplay(shown);
				  const started = Date.now();
				  const poll = () => {
				    if (element.dataset.baseMap === 'loading' && Date.now() - started < 20000) {
				      setTimeout(poll, 100);
				      return;
				    }
				    const visible = [...element.querySelectorAll('img')].filter((img) => img.style.visibility !== 'hidden');
				    done([element.dataset.baseMap, visible.length, shown.lng, shown.lat, back[0], back[1]]);
				  };
				  poll();
				});""");
		assertThat(outcome.get(0)).isEqualTo("unreachable");
		assertThat(((Number) outcome.get(1)).intValue()).isZero();
		double[] shanghai = Crs.GCJ02.fromWgs84(121.5272106, 31.1774276);
		assertThat(((Number) outcome.get(2)).doubleValue()).isCloseTo(shanghai[0], within(1e-12));
		assertThat(((Number) outcome.get(3)).doubleValue()).isCloseTo(shanghai[1], within(1e-12));
		assertThat(((Number) outcome.get(4)).doubleValue()).isCloseTo(121.5272106, within(1e-9));
		assertThat(((Number) outcome.get(5)).doubleValue()).isCloseTo(31.1774276, within(1e-9));
	}

	@Test
	void switchesToEnglish() {
		assertThat(browser.findElement(By.id("page-title")).getText()).isEqualTo("网格地图");
		browser.findElement(By.id("language")).click();
		wait.until(ExpectedConditions.textToBe(By.id("page-title"), "Grid map"));
		assertThat(browser.findElement(By.id("layers-panel")).getText()).contains("Grid layers");
		chromium.checkAccessibility("map page in English");
		browser.findElement(By.id("language")).click();
		wait.until(ExpectedConditions.textToBe(By.id("page-title"), "网格地图"));
	}

	private long report(double lon, double lat, String minor, String description) {
		var response = api.post("/api/v1/cases", """
				{"channel":"PATROL","kind":"COMPONENT","minorCode":"%s","description":"%s","lon":%s,"lat":%s}
				""".formatted(minor, description, lon, lat));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.body().path("id").asLong();
	}

	private List<WebElement> paths(String css) {
		return browser.findElements(By.cssSelector("path" + css));
	}

	private String classes(String css) {
		return browser.findElement(By.cssSelector(css)).getAttribute("class");
	}

	private static String collection(String... features) {
		return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
	}

	private static String feature(String code, String name, String parent, String level, String ring) {
		return """
				{"type":"Feature","properties":{"code":"%s","name":"%s","parent":%s,"level":"%s"},
				 "geometry":{"type":"Polygon","coordinates":[%s]}}""".formatted(code, name,
				parent == null ? "null" : "\"" + parent + "\"", level, ring);
	}

	private static String box(double x0, double y0, double x1, double y1) {
		return String.format(Locale.ROOT, "[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]", x0, y0, x1, y0, x1, y1, x0, y1,
				x0, y0);
	}
}
