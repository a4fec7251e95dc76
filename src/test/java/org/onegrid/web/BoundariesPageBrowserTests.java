package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.TestLayers.feature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The boundary import page: a surveyed file whose code and name sit in the properties BM and MC, with a valid
 * polygon, a bow-tie and a feature without a name. The dry run draws all three on the map and lists the bow-tie
 * and the nameless feature as refused; in repair mode the bow-tie would be repaired, with the area that moved; the
 * import, leaving out the nameless feature, stores the other two grids.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoundariesPageBrowserTests {

	private static final String LAYER = "boundary-page";

	private static final String DISPATCHER_PASSWORD = "boundary-page-password";

	@Autowired
	TestApi api;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	private Path file;

	@BeforeAll
	void writesAFileAndSignsIn() throws IOException {
		assertThat(api.put("/api/v1/layers/" + LAYER, """
				{"code":"%s","name":"边界导入页测试层","kind":"ops","levelNames":["社区"],"codeRule":"FREE"}
				""".formatted(LAYER)).status()).isEqualTo(200);
		file = Files.createTempFile("onegrid-boundaries-", ".geojson");
		Files.writeString(file, """
				{"type":"FeatureCollection","features":[
				{"type":"Feature","properties":{"BM":"P1","MC":"一号网格"},"geometry":{"type":"Polygon",
				 "coordinates":[[[121.20,31.00],[121.21,31.00],[121.21,31.01],[121.20,31.01],[121.20,31.00]]]}},
				{"type":"Feature","properties":{"BM":"P2","MC":"蝴蝶结网格"},"geometry":{"type":"Polygon",
				 "coordinates":[[[121.22,31.00],[121.23,31.01],[121.23,31.00],[121.22,31.01],[121.22,31.00]]]}},
				{"type":"Feature","properties":{"BM":"P3"},"geometry":{"type":"Polygon",
				 "coordinates":[[[121.24,31.00],[121.25,31.00],[121.25,31.01],[121.24,31.01],[121.24,31.00]]]}}
				]}
				""");
		chromium = new HeadlessChromium(port);
		chromium.browser.manage().window().setSize(new Dimension(1366, 900));
		chromium.signIn("admin", TestApi.ADMIN_PASSWORD, "/boundaries.html?lang=zh-CN");
	}

	@AfterAll
	void quitsBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
		if (file != null) {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void showsTheFileOnTheMapWithItsProblemsThenImportsWhatIsAccepted() {
		var browser = chromium.browser;
		var wait = chromium.wait;
		choosesTheFile();
		assertThat(browser.findElement(By.id("page-title")).getText()).isEqualTo("网格边界导入");
		assertThat(browser.findElement(By.id("boundary-import")).isEnabled()).isFalse();
		chromium.checkAccessibility("boundary import page with a file chosen");

		browser.findElement(By.id("boundary-dry-run")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("boundary-summary"), "data-state", "dry-run"));
		assertThat(browser.findElement(By.id("boundary-map")).getAttribute("data-features")).isEqualTo("3");
		assertThat(browser.findElements(By.cssSelector("#boundary-map path.leaflet-interactive"))).hasSize(3);
		assertThat(count("refused")).isEqualTo("2");
		assertThat(row(1).getAttribute("data-outcome")).isEqualTo("refused");
		assertThat(row(1).getText()).contains("P2", "SELF_INTERSECTION");
		assertThat(row(2).getAttribute("data-outcome")).isEqualTo("refused");
		assertThat(row(2).getText()).contains("P3", "MISSING_NAME", "MC");

		browser.findElements(By.cssSelector("#boundary-map path.leaflet-interactive")).get(0).click();
		wait.until(ExpectedConditions.attributeToBe(row(0), "class", "selected"));
		row(2).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("boundary-map"), "data-selected", "2"));

		browser.findElement(By.id("boundary-mode-repair")).click();
		assertThat(browser.findElement(By.id("boundary-import")).isEnabled()).isFalse();
		browser.findElement(By.id("boundary-dry-run")).click();
		wait.until(ExpectedConditions.attributeToBe(row(1), "data-outcome", "repaired"));
		assertThat(row(1).getText()).contains("SELF_INTERSECTION", "m²");
		assertThat(row(0).getAttribute("data-outcome")).isEqualTo("accepted");
		assertThat(row(2).getAttribute("data-outcome")).isEqualTo("refused");
		assertThat(List.of(count("accepted"), count("repaired"), count("refused"))).containsExactly("1", "1", "1");
		chromium.screenshot("boundaries-page-dry-run");
		chromium.checkAccessibility("boundary import page after a dry run");

		browser.findElement(By.id("boundary-omit")).click();
		browser.findElement(By.id("boundary-import")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("boundary-summary"), "data-state", "imported"));
		assertThat(browser.findElement(By.id("boundary-summary")).getAttribute("data-accepted")).isEqualTo("true");
		assertThat(browser.findElement(By.id("boundary-summary")).getText()).contains("导入 2 个网格");
		assertThat(row(1).getText()).contains("已修复并导入");
		assertThat(row(2).getText()).contains("未导入", "按选择未导入");
		chromium.screenshot("boundaries-page-imported");

		JsonNode grids = api.get("/api/v1/layers/" + LAYER + "/grids").body();
		List<String> codes = new ArrayList<>();
		grids.forEach((grid) -> codes.add(grid.path("code").asString()));
		assertThat(codes).containsExactlyInAnyOrder("P1", "P2");
	}

	@Test
	void theWorkbenchLinksThePageForThoseWhoManageGrids() {
		chromium.browser.get(chromium.url("/?lang=zh-CN"));
		chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/boundaries.html']")));
	}

	@Test
	void aDispatcherSeesNoLinkAndThePageOffersNoImport() {
		Response created = api.post("/api/v1/accounts", """
				{"username":"boundary-dispatcher","displayName":"边界页派遣员","password":"%s","roles":["dispatcher"]}
				""".formatted(DISPATCHER_PASSWORD));
		assertThat(created.status()).as(created.body().toString()).isIn(201, 409);
		var browser = chromium.browser;
		browser.manage().deleteAllCookies();
		chromium.signIn("boundary-dispatcher", DISPATCHER_PASSWORD, "/");
		chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in"), "·"));
		assertThat(browser.findElements(By.cssSelector("a[href='/boundaries.html']"))).isEmpty();
		browser.get(chromium.url("/boundaries.html?lang=zh-CN"));
		chromium.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		assertThat(browser.findElements(By.id("not-permitted"))).hasSize(1);
		assertThat(browser.findElements(By.id("boundary-form"))).isEmpty();
		browser.manage().deleteAllCookies();
		chromium.signIn("admin", TestApi.ADMIN_PASSWORD, "/boundaries.html?lang=zh-CN");
	}

	@Test
	void showsTheServersRefusalOfAnOptionNextToItsField() {
		choosesTheFile();
		((JavascriptExecutor) chromium.browser).executeScript("const select = document.getElementById('boundary-crs');"
				+ "select.add(new Option('utm', 'utm')); select.value = 'utm';"
				+ "select.dispatchEvent(new Event('change'));");
		chromium.browser.findElement(By.id("boundary-dry-run")).click();
		chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("boundary-crs-error"), "utm"));
		assertThat(chromium.browser.findElement(By.id("boundary-crs")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(chromium.browser.findElement(By.id("error-title")).getText()).contains("请求无效");
		assertThat(chromium.browser.findElement(By.id("boundary-summary")).getAttribute("data-state")).isEqualTo("none");
	}

	@Test
	void showsWhatANewBoundaryDoesToTheLayerAndWhatFollowsIt() throws IOException {
		String layer = "boundary-page-change";
		assertThat(api.put("/api/v1/layers/" + layer, """
				{"code":"%s","name":"边界变更测试层","kind":"ops","levelNames":["社区"],"codeRule":"FREE"}
				""".formatted(layer)).status()).isEqualTo(200);
		api.get("/api/v1/catalogue/rules").body().forEach(r -> {
			if (r.path("layerCode").asString().equals(layer)) {
				api.delete("/api/v1/catalogue/rules/" + r.path("id").asLong());
			}
		});
		Response old = api.post("/api/v1/layers/" + layer + "/import", "{\"type\":\"FeatureCollection\",\"features\":["
				+ feature("Q1", null, "社区", 121.30, 31.00, 121.31, 31.01) + ","
				+ feature("Q2", null, "社区", 121.31, 31.00, 121.32, 31.01) + "]}");
		assertThat(old.status()).as(old.body().toString()).isEqualTo(200);
		Response rule = api.post("/api/v1/catalogue/rules", """
				{"kind":"COMPONENT","categoryCode":"0202","layerCode":"%s","gridCode":"Q2","leadDepartment":"water",
				 "assistingDepartments":[]}""".formatted(layer));
		assertThat(rule.status()).as(rule.body().toString()).isEqualTo(201);
		Path merged = Files.createTempFile("onegrid-boundaries-merged-", ".geojson");
		try {
			Files.writeString(merged, """
					{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"BM":"Q1","MC":"合并网格"},
					 "geometry":{"type":"Polygon","coordinates":[[[121.30,31.00],[121.32,31.00],[121.32,31.01],
					 [121.30,31.01],[121.30,31.00]]]}}]}""");
			choosesTheFile(merged, layer);
			var wait = chromium.wait;
			chromium.browser.findElement(By.id("boundary-dry-run")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("layer-changes")));
			assertThat(chromium.browser.findElement(By.id("layer-changes-heading")).getText()).isEqualTo("边界变更预览");
			assertThat(change("#layer-change-grids tr[data-code='Q2']").getText()).contains("并入", "Q1");
			assertThat(change("#layer-moves tr[data-subject='responsibility-rule']").getText())
				.contains("权责清单规则", "Q2", "Q1", "转到承接网格");
			chromium.checkAccessibility("boundary import page showing a boundary change");

			chromium.browser.findElement(By.id("boundary-import")).click();
			wait.until(ExpectedConditions.textToBe(By.id("layer-changes-heading"), "边界变更结果"));
			((JavascriptExecutor) chromium.browser)
				.executeScript("document.getElementById('layer-changes').scrollIntoView()");
			chromium.screenshot("boundaries-page-boundary-change");
			long id = rule.body().path("id").asLong();
			List<String> grids = new ArrayList<>();
			api.get("/api/v1/catalogue/rules").body().forEach(r -> {
				if (r.path("id").asLong() == id) {
					grids.add(r.path("gridCode").asString());
				}
			});
			assertThat(grids).containsExactly("Q1");
		}
		finally {
			Files.deleteIfExists(merged);
		}
	}

	@Test
	void replacesALayersMembersFromAFileAndShowsARefusalFieldByField() throws IOException {
		String layer = "boundary-page-members";
		assertThat(api.put("/api/v1/layers/" + layer, """
				{"code":"%s","name":"组成单元测试层","kind":"ops","levelNames":["片区"],"codeRule":"FREE"}
				""".formatted(layer)).status()).isEqualTo(200);
		Response grids = api.post("/api/v1/layers/" + layer + "/import", "{\"type\":\"FeatureCollection\","
				+ "\"features\":[" + feature("M1", null, "片区", 121.40, 31.00, 121.41, 31.01) + "]}");
		assertThat(grids.status()).as(grids.body().toString()).isEqualTo(200);
		Path members = Files.createTempFile("onegrid-members-", ".geojson");
		Path corrected = Files.createTempFile("onegrid-members-corrected-", ".geojson");
		try {
			var browser = chromium.browser;
			var wait = chromium.wait;
			browser.get(chromium.url("/boundaries.html?lang=zh-CN"));
			wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#members-layer option[value='"
					+ layer + "']")));
			new Select(browser.findElement(By.id("members-layer"))).selectByValue(layer);
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#members-list caption"),
					"0"));

			Files.writeString(members, road("NOPE"));
			browser.findElement(By.id("members-file")).sendKeys(members.toString());
			wait.until(ExpectedConditions.elementToBeClickable(By.id("members-replace"))).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(
					By.cssSelector("#error-list li[data-field='features[0].properties.grid']")));
			assertThat(api.get("/api/v1/layers/" + layer + "/members").body().path("features")).as("nothing changed")
				.isEmpty();

			Files.writeString(corrected, road("M1"));
			browser.findElement(By.id("members-file")).sendKeys(corrected.toString());
			wait.until(ExpectedConditions.elementToBeClickable(By.id("members-replace"))).click();
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("members-saved")));
			assertThat(browser.findElement(By.id("members-saved")).getText()).contains("已保存 1 个", "road-section 1");
			assertThat(browser.findElement(By.cssSelector("#members-list tr[data-member='road-1']")).getText())
				.contains("示例路段", "M1", "路段长", "是", "25");
			assertThat(api.get("/api/v1/layers/" + layer + "/members").body().path("features")
				.findValuesAsString("code")).containsExactly("road-1");
			chromium.checkAccessibility("boundary import page with a layer's members");
		}
		finally {
			Files.deleteIfExists(members);
			Files.deleteIfExists(corrected);
		}
	}

	private static String road(String grid) {
		return """
				{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"road-1",
				 "name":"示例路段","kind":"road-section","grid":"%s","contact":"路段长","coordinated":true,"reach":25},
				 "geometry":{"type":"LineString","coordinates":[[121.402,31.002],[121.408,31.008]]}}]}""".formatted(grid);
	}

	private WebElement change(String selector) {
		return chromium.browser.findElement(By.cssSelector(selector));
	}

	private void choosesTheFile() {
		choosesTheFile(file, LAYER);
	}

	/** Opens the page, chooses the file, the layer and the properties BM (code) and MC (name). */
	private void choosesTheFile(Path chosen, String layer) {
		var browser = chromium.browser;
		var wait = chromium.wait;
		browser.get(chromium.url("/boundaries.html?lang=zh-CN"));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		browser.findElement(By.id("boundary-file")).sendKeys(chosen.toString());
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("boundary-file-name"), "BM, MC"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#boundary-layer option[value='" + layer
				+ "']")));
		new Select(browser.findElement(By.id("boundary-layer"))).selectByValue(layer);
		new Select(browser.findElement(By.id("boundary-code"))).selectByValue("BM");
		new Select(browser.findElement(By.id("boundary-name"))).selectByValue("MC");
	}

	private WebElement row(int index) {
		return chromium.browser.findElement(By.cssSelector("#boundary-features tr[data-index='" + index + "']"));
	}

	private String count(String outcome) {
		return chromium.browser.findElement(By.cssSelector("#boundary-counts [data-outcome='" + outcome + "']"))
			.getAttribute("data-count");
	}
}
