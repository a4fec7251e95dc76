package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An intake operator at the centre files cases in headless Chromium while the caller talks. The fixture lies near
 * lon 42, lat 0: street 受理街道 (0.02° square) with community 受理测试社区 on its left half; the operator's unit
 * covers the street. No tile server is configured. The browser's clock is in a zone no district lies in.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakePageBrowserTests {

	private static final String LAYER = "intake-page";

	private static final String OPERATOR = "intake-operator-intake-page";

	@Autowired
	TestApi api;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeAll
	void setsUpTheStreetAndSignsTheOperatorIn() throws IOException {
		assertThat(api.put("/api/v1/layers/" + LAYER, """
				{"code":"%s","name":"受理页测试层","kind":"governance","levelNames":["街道","社区"],"codeRule":"FREE"}
				""".formatted(LAYER)).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/layers/" + LAYER + "/import", """
				{"type":"FeatureCollection","features":[%s,%s]}""".formatted(
				feature("P", "受理街道", null, "街道", box(42, 0, 42.02, 0.02)),
				feature("A", "受理测试社区", "P", "社区", box(42, 0, 42.01, 0.02)))).status()).isEqualTo(200);
		TestStaff.unitWith(api, "intake-page", "STREET", null, LAYER, "P", "intake-operator");
		chromium = new HeadlessChromium(port);
		browser = chromium.browser;
		wait = chromium.wait;
		DistrictTimes.putFarAway(browser);
		chromium.signIn(OPERATOR, TestStaff.PASSWORD, "/intake.html");
		wait.until(ExpectedConditions.urlToBe(chromium.url("/intake.html")));
	}

	@AfterAll
	void quitsBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void opensAnEmptyForm() {
		browser.get(chromium.url("/intake.html"));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		wait.until(ExpectedConditions.attributeToBe(By.id("place-map"), "data-ready", "true"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#category-list button")));
	}

	@Test
	void listsOnlyTheCategoriesTakenByTheDistrictHoldingThePlace() {
		assertThat(api.put("/api/v1/districts/intake-page.example", """
				{"name":"受理街道区","layer":"%s","grid":"P"}""".formatted(LAYER)).status()).isEqualTo(201);
		try {
			assertThat(api.put("/api/v1/catalogue/offers/intake-page.example",
					"{\"classes\":[{\"kind\":\"COMPONENT\",\"minorCode\":\"0101\"}]}").status()).isEqualTo(200);
			assertThat(browser.findElements(By.id("category-COMPONENT-0201"))).isNotEmpty();
			browser.findElement(By.id("place-lon")).sendKeys("42.005", Keys.TAB);
			browser.findElement(By.id("place-lat")).sendKeys("0.005", Keys.TAB);

			WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("category-district")));
			assertThat(note.getText()).isEqualTo("只列出“受理街道区”受理的类别。");
			assertThat(browser.findElements(By.id("category-COMPONENT-0201"))).isEmpty();
			assertThat(browser.findElements(By.cssSelector("#category-list button")))
				.extracting(WebElement::getText).containsExactly("0101 井盖缺失");
		}
		finally {
			api.delete("/api/v1/districts/intake-page.example");
		}
	}

	@Test
	void findsAUnitByNameAndPutsTheCaseInsideIt() {
		assertThat(api.put("/api/v1/layers/" + LAYER + "/members", """
				{"type":"FeatureCollection","features":[{"type":"Feature",
				 "properties":{"code":"school","name":"受理测试小学","kind":"unit","grid":"A"},
				 "geometry":{"type":"Polygon","coordinates":[%s]}}]}""".formatted(box(42.004, 0.004, 42.006, 0.006)))
			.status()).isEqualTo(200);
		WebElement search = browser.findElement(By.id("place-search"));
		search.sendKeys("无此地名");
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("place-no-match"))).getText())
			.isEqualTo("没有名称匹配的网格、单位、路段或以往地址");
		search.clear();
		search.sendKeys("测试 小学");
		WebElement school = wait.until(ExpectedConditions.elementToBeClickable(By.id("place-member-" + LAYER
				+ "-school")));
		assertThat(school.getText()).isEqualTo("受理测试小学（单位） · 受理测试社区 · 受理街道 · 受理页测试层");
		school.click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("place-where"), "受理测试社区"));
		double lon = Double.parseDouble(browser.findElement(By.id("place-lon")).getDomProperty("value"));
		double lat = Double.parseDouble(browser.findElement(By.id("place-lat")).getDomProperty("value"));
		assertThat(lon).as("inside the school").isBetween(42.004, 42.006);
		assertThat(lat).isBetween(0.004, 0.006);
		assertThat(browser.findElements(By.id("place-list"))).as("the list closes once a place is chosen").isEmpty();
		assertThat(browser.findElement(By.id("address")).getDomProperty("value")).isEqualTo("受理测试小学");
	}

	@Test
	void findsTheAddressOfAnEarlierCaseAndPutsTheNewCaseWhereItStands() {
		TestApi.Response earlier = api.post("/api/v1/cases", """
				{"channel":"PATROL","reportedBy":"worker-1","kind":"COMPONENT","minorCode":"0201",
				 "description":"路面坑槽","address":"受理测试路 88 号东侧","lon":42.0071,"lat":0.0123}""");
		assertThat(earlier.status()).as(earlier.body().toString()).isEqualTo(201);
		browser.findElement(By.id("address")).sendKeys("来电人说在路口");
		browser.findElement(By.id("place-search")).sendKeys("测试路 88");
		WebElement past = wait.until(ExpectedConditions.elementToBeClickable(By.id("place-address-0")));
		assertThat(past.getText()).startsWith("受理测试路 88 号东侧 · 以往案件 1 件 · 最近 ");
		past.click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("place-where"), "受理测试社区"));
		assertThat(browser.findElement(By.id("place-lon")).getDomProperty("value")).isEqualTo("42.0071");
		assertThat(browser.findElement(By.id("place-lat")).getDomProperty("value")).isEqualTo("0.0123");
		assertThat(browser.findElement(By.id("address")).getDomProperty("value"))
			.as("the address as the earlier case wrote it").isEqualTo("受理测试路 88 号东侧");
		assertThat(browser.findElements(By.id("place-list"))).isEmpty();
	}

	@Test
	void filesAHotlineCaseFoundByCategorySearchAndPlacedOnTheMap() {
		assertThat(browser.findElement(By.id("channel-HOTLINE_12345")).isSelected()).isTrue();
		browser.findElement(By.id("channel-ref")).sendKeys("GD-20261204-0042");
		browser.findElement(By.id("caller-name")).sendKeys("李先生");
		browser.findElement(By.id("caller-phone")).sendKeys("13912345678");
		browser.findElement(By.id("category-search")).sendKeys("护栏");
		browser.findElement(By.id("category-COMPONENT-0204")).click();
		assertThat(browser.findElement(By.id("category-chosen")).getText()).contains("0204", "交通护栏损坏");
		browser.findElement(By.id("description")).sendKeys("路口护栏被车撞歪，来电人担心行人安全");
		browser.findElement(By.id("address")).sendKeys("受理路 12 号路口");

		browser.findElement(By.id("place-search")).sendKeys("受理测试");
		wait.until(ExpectedConditions.elementToBeClickable(By.id("place-grid-" + LAYER + "-A"))).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("place-map"), "data-moving", "false"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("place-where"), "受理测试社区"));
		String centre = browser.findElement(By.id("place-map")).getAttribute("data-picked");
		new Actions(browser).moveToElement(browser.findElement(By.id("place-map")), 30, -30).click().perform();
		wait.until(driver -> !centre.equals(driver.findElement(By.id("place-map")).getAttribute("data-picked")));
		double lon = Double.parseDouble(browser.findElement(By.id("place-lon")).getDomProperty("value"));
		double lat = Double.parseDouble(browser.findElement(By.id("place-lat")).getDomProperty("value"));
		assertThat(lon).isBetween(42.0, 42.01);
		assertThat(lat).isBetween(0.0, 0.02);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("place-where"), "受理测试社区"));
		chromium.screenshot("intake-page-filled");
		chromium.checkAccessibility("intake page filled in");

		browser.findElement(By.id("intake-submit")).click();
		WebElement receipt = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt")));
		assertThat(receipt.getAttribute("data-state")).isEqualTo("AWAITING_VERIFICATION");
		assertThat(browser.findElement(By.id("receipt-caller")).getText()).contains("李先生");
		chromium.screenshot("intake-page-receipt");
		chromium.checkAccessibility("intake receipt");

		JsonNode filed = api.get("/api/v1/cases/" + receipt.getAttribute("data-case")).body();
		assertThat(filed.path("channel").asString()).isEqualTo("HOTLINE_12345");
		assertThat(filed.path("channelDetails").path("ticketNo").asString()).isEqualTo("GD-20261204-0042");
		assertThat(filed.path("minorCode").asString()).isEqualTo("0204");
		assertThat(filed.path("reporter").path("name").asString()).isEqualTo("李先生");
		assertThat(filed.path("lon").asDouble()).isEqualTo(lon);
		assertThat(filed.path("lat").asDouble()).isEqualTo(lat);
	}

	@Test
	void warnsOfAnOpenCaseNearbyAndLinksTheSecondReportToIt() {
		var first = api.post("/api/v1/cases", """
				{"channel":"PATROL","kind":"COMPONENT","minorCode":"0205","description":"交通标志被风吹倒",
				 "lon":42.004,"lat":0.006}""");
		assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
		long firstId = first.body().path("id").asLong();

		browser.findElement(By.id("channel-POLICE_110")).click();
		browser.findElement(By.id("channel-ref")).sendKeys("110-20261204-77");
		browser.findElement(By.id("category-search")).sendKeys("交通标志", Keys.ENTER);
		assertThat(browser.findElement(By.id("category-chosen")).getText()).contains("0205");
		browser.findElement(By.id("description")).sendKeys("路边交通标志倒了");
		browser.findElement(By.id("place-lon")).sendKeys("42.0041", Keys.TAB);
		browser.findElement(By.id("place-lat")).sendKeys("0.0061", Keys.TAB);

		WebElement warning = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("duplicate-" + firstId)));
		assertThat(warning.getText()).contains(first.body().path("caseNo").asString(), "交通标志被风吹倒",
				DistrictTimes.of(api).minutes(Instant.parse(first.body().path("reportedAt").asString())));
		chromium.screenshot("intake-page-duplicate");
		chromium.checkAccessibility("intake page warning of a duplicate");
		browser.findElement(By.id("duplicate-link-" + firstId)).click();

		WebElement receipt = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt")));
		assertThat(receipt.getAttribute("data-state")).isEqualTo("MERGED");
		assertThat(browser.findElement(By.id("receipt-linked")).getText())
			.contains(first.body().path("caseNo").asString());
		long repeat = Long.parseLong(receipt.getAttribute("data-case"));
		JsonNode target = api.get("/api/v1/cases/" + firstId).body();
		assertThat(target.path("absorbed")).extracting(JsonNode::asLong).containsExactly(repeat);
		assertThat(api.get("/api/v1/cases/" + repeat).body().path("channel").asString()).isEqualTo("POLICE_110");
	}

	@Test
	void showsEveryRefusalUnderItsFieldInWordsAndFocusesTheFirst() {
		browser.findElement(By.id("intake-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-area")));
		assertThat(browser.findElement(By.id("channel-ref-error")).getText()).isEqualTo("请填写12345 工单号。");
		assertThat(browser.findElement(By.id("category-search-error")).getText()).contains("问题分类");
		assertThat(browser.findElement(By.id("description-error")).getText()).isEqualTo("请填写问题描述。");
		assertThat(browser.findElement(By.id("place-lon-error")).getText()).isEqualTo("请填写位置。");
		assertThat(browser.findElement(By.id("channel-ref")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("channel-ref");
		chromium.screenshot("intake-page-refused");

		browser.findElement(By.id("language")).click();
		wait.until(ExpectedConditions.textToBe(By.id("page-title"), "New case (12345 / 110)"));
		browser.findElement(By.id("language")).click();
		wait.until(ExpectedConditions.textToBe(By.id("page-title"), "新建案件（12345 / 110）"));
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
