package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestStaff;
import org.onegrid.geo.Crs;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Drives the workbench in headless Chromium against the whole application, signed in as the people who work a case
 * in turn. The fixture is a generated layer near lon 60, lat 0: street P (0.02° square) with community A on its left
 * half; a street unit bound to P has an intake operator, a shift leader, a dispatcher and a grid worker, and the
 * municipal-works and sanitation departments each have a handler. A damaged road (0201) goes to municipal works.
 * Street C, a small square in Chengdu where GCJ-02 tiles are drawn a few hundred metres off WGS-84, has a dispatcher.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandCentreBrowserTests {

	private static final String LAYER = "web-wb";

	private static final String UNIT = "wb-street";

	/** Street C's west, south, east and north edges. */
	private static final double[] C = { 104.06, 30.66, 104.062, 30.662 };

	@Autowired
	TestApi api;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	private ChromeDriver browser;

	private WebDriverWait wait;

	private WorkbenchSteps workbench;

	@BeforeAll
	void importsLayerStaffsItAndStartsBrowser() throws IOException {
		assertThat(api.put("/api/v1/layers/" + LAYER, """
				{"code":"%s","name":"工作台测试层","kind":"ops","levelNames":["街道","社区"],"codeRule":"FREE",
				 "generated":true,"source":"Drawn by hand for the workbench test"}""".formatted(LAYER)).status())
			.isEqualTo(200);
		assertThat(api.post("/api/v1/layers/" + LAYER + "/import", """
				{"type":"FeatureCollection","features":[%s,%s,%s]}""".formatted(
				feature("P", "工作台街道", null, "街道", box(60, 0, 60.02, 0.02)),
				feature("A", "工作台社区", "P", "社区", box(60, 0, 60.01, 0.02)),
				feature("C", "成都测试街道", null, "街道", box(C[0], C[1], C[2], C[3])))).status()).isEqualTo(200);
		TestStaff.unitWith(api, UNIT, "STREET", null, LAYER, "P", "intake-operator", "shift-leader", "dispatcher",
				"full-time-worker");
		TestStaff.unitWith(api, "wb-chengdu", "STREET", null, LAYER, "C", "dispatcher");
		TestStaff.handlersFor(api, "municipal-works", "sanitation");
		api.post("/api/v1/accounts", """
				{"username":"wb-citizen","displayName":"市民甲","password":"%s","roles":["citizen"]}
				""".formatted(TestStaff.PASSWORD));
		chromium = new HeadlessChromium(port);
		browser = chromium.browser;
		wait = chromium.wait;
		workbench = new WorkbenchSteps(chromium);
	}

	@AfterAll
	void quitsBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void takesACaseFromIntakeToFeedbackThroughTheWorkbench() {
		long id = report("路面坑槽,工作台全流程");

		signIn("intake-operator-" + UNIT);
		browser.findElement(By.id("queue-intake")).click();
		open(id);
		chromium.checkAccessibility("workbench with a case open");
		act("accept");
		waitForState("ACCEPTED");

		signIn("shift-leader-" + UNIT);
		browser.findElement(By.id("queue-filing")).click();
		open(id);
		browser.findElement(By.id("action-file")).click();
		browser.findElement(By.id("field-conditionMet")).click();
		browser.findElement(By.id("action-submit")).click();
		waitForState("FILED");

		signIn("dispatcher-" + UNIT);
		browser.findElement(By.id("queue-dispatch")).click();
		open(id);
		browser.findElement(By.id("action-dispatch")).click();
		Select picker = new Select(browser.findElement(By.id("field-department")));
		assertThat(picker.getFirstSelectedOption().getDomAttribute("value")).isEqualTo("municipal-works");
		assertThat(picker.getFirstSelectedOption().getText()).contains("市政", "权责清单建议");
		assertThat(picker.getOptions()).extracting(option -> option.getDomAttribute("value")).contains("sanitation");
		chromium.checkAccessibility("workbench dispatch form");
		browser.findElement(By.id("action-submit")).click();
		waitForState("DISPATCHED");
		assertThat(api.get("/api/v1/cases/" + id).body().path("assignment").path("lead").asString())
			.isEqualTo("municipal-works");

		signIn("handler-municipal-works");
		browser.findElement(By.id("queue-signing")).click();
		open(id);
		act("sign");
		waitForState("HANDLING");
		browser.findElement(By.id("action-feedback")).click();
		browser.findElement(By.id("field-note")).sendKeys("已修补路面");
		browser.findElement(By.id("field-attachments")).sendKeys("/photos/after-repair.jpg");
		chromium.checkAccessibility("workbench feedback form");
		browser.findElement(By.id("action-submit")).click();
		waitForState("HANDLED");

		assertThat(browser.findElements(By.cssSelector("#case-timeline li")))
			.extracting(entry -> entry.getDomAttribute("data-action"))
			.containsExactly("report", "accept", "file", "dispatch", "sign", "feedback");
		assertThat(browser.findElement(By.id("case-timeline")).getText()).contains("受理", "立案", "派遣", "签收",
				"处置反馈", "已修补路面").doesNotContain("sign-for", "feedback", "HANDLED");
		assertThat(browser.findElement(By.id("case-attachments")).getText()).contains("处置反馈");
		assertThat(api.get("/api/v1/cases/" + id).body().path("state").asString()).isEqualTo("HANDLED");
	}

	@Test
	void findsCasesByTheWordsTypedAndPagesThroughThemByTheServersCursor() {
		for (int i = 0; i < 22; i++) {
			report("翻页核对 第" + i + "件");
		}
		signIn("dispatcher-" + UNIT);
		browser.findElement(By.id("queue-all")).click();
		browser.findElement(By.id("filter-text")).sendKeys("翻页核对");
		browser.findElement(By.id("filter-apply")).click();
		wait.until(ExpectedConditions.textToBe(By.id("case-total"), "共 22 件"));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#case-table tbody tr"), 20));
		assertThat(browser.findElement(By.id("page-previous")).isEnabled()).isFalse();
		browser.findElement(By.id("page-next")).click();
		wait.until(ExpectedConditions.textToBe(By.id("page-number"), "第 2 页"));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#case-table tbody tr"), 2));
		assertThat(browser.findElement(By.id("page-next")).isEnabled()).isFalse();
		browser.findElement(By.id("page-previous")).click();
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#case-table tbody tr"), 20));
		assertThat(browser.findElement(By.id("queue-count-all")).getText()).isEqualTo("22");
		assertThat(browser.findElement(By.id("case-table")).getText()).contains("翻页核对");
		browser.findElement(By.id("filter-clear")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("case-total"), "共 22 件")));
	}

	@Test
	void showsADepartmentOnlyItsOwnCases() {
		long sanitation = dispatched("垃圾堆放,环卫案件", "sanitation");
		long municipal = dispatched("路面坑槽,市政案件", "municipal-works");
		signIn("handler-sanitation");
		assertThat(browser.findElements(By.cssSelector("#queues button")))
			.extracting(button -> button.getDomAttribute("id"))
			.containsExactly("queue-signing", "queue-handling", "queue-supervision", "queue-all");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-row-" + sanitation)));
		assertThat(browser.findElements(By.id("case-row-" + municipal))).isEmpty();
		browser.findElement(By.id("queue-all")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-row-" + sanitation)));
		assertThat(browser.findElements(By.id("case-row-" + municipal))).isEmpty();
		browser.findElement(By.id("filter-text")).sendKeys(api.get("/api/v1/cases/" + municipal).body()
			.path("caseNo").asString());
		browser.findElement(By.id("filter-apply")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-empty")));
		assertThat(browser.findElement(By.id("queue-count-all")).getText()).isEqualTo("0");

		browser.get(chromium.url("/#case-" + municipal));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#case-detail #error-area")));
		assertThat(refusal.getText()).contains("找不到该案件");
		chromium.checkAccessibility("workbench refusing a case");
		assertThat(browser.findElement(By.id("case-detail")).getText()).doesNotContain("市政案件");
	}

	@Test
	void showsExactlyTheActionsTheServerAllowsThePersonSignedIn() {
		long reported = report("路灯不亮,操作核对");
		long dispatched = dispatched("井盖缺失,操作核对", "municipal-works");
		signIn("shift-leader-" + UNIT);
		for (long id : new long[] { reported, dispatched }) {
			browser.get(chromium.url("/#case-" + id));
			wait.until(ExpectedConditions.attributeToBe(By.id("case-detail"), "data-case-id", String.valueOf(id)));
			List<String> shown = browser.findElements(By.cssSelector("#case-actions button[data-action]")).stream()
				.map(button -> button.getDomAttribute("data-action")).toList();
			assertThat(shown).containsExactlyInAnyOrderElementsOf(allowedInThisSession(id)).isNotEmpty();
			assertThat(browser.findElement(By.id("case-actions")).getText()).doesNotContainPattern("[a-z]+-[a-z]+");
		}
		assertThat(allowedInThisSession(dispatched)).doesNotContain("sign", "return");
	}

	@Test
	void showsTheServersRefusalNextToTheField() {
		long id = report("占道经营,理由必填");
		signIn("shift-leader-" + UNIT);
		browser.findElement(By.id("queue-intake")).click();
		open(id);
		browser.findElement(By.id("action-reject")).click();
		browser.findElement(By.id("action-submit")).click();
		WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("field-reason-error")));
		assertThat(error.getText()).isEqualTo("请填写此项。");
		assertThat(browser.findElement(By.id("field-reason")).getDomAttribute("aria-invalid")).isEqualTo("true");
		chromium.checkAccessibility("workbench form with a refused field");
		assertThat(browser.findElement(By.id("action-problem")).getText()).contains("请检查标出的项目");
		assertThat(browser.findElement(By.id("case-detail")).getDomAttribute("data-state")).isEqualTo("REPORTED");
		browser.findElement(By.id("field-reason")).sendKeys("不属于受理范围");
		browser.findElement(By.id("action-submit")).click();
		waitForState("REJECTED");
	}

	@Test
	void movesACaseToTheGridsOfTheCorrectedPoint() {
		long id = report("地址纠错,重新定位");
		signIn("dispatcher-" + UNIT);
		browser.get(chromium.url("/#case-" + id));
		wait.until(ExpectedConditions.attributeToBe(By.id("case-detail"), "data-case-id", String.valueOf(id)));
		browser.findElement(By.id("action-relocate")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("action-form"), "data-action", "relocate"));
		WebElement lon = browser.findElement(By.id("field-lon"));
		assertThat(lon.getDomProperty("value")).isEqualTo("60.005");
		WebElement map = browser.findElement(By.id("case-map"));
		wait.until(ExpectedConditions.attributeToBeNotEmpty(map, "data-drawn"));
		new Actions(browser).moveToElement(map, 40, 0).click().perform();
		wait.until(ExpectedConditions.attributeToBeNotEmpty(map, "data-picked"));
		assertThat(Double.parseDouble(lon.getDomProperty("value"))).as("a click east of the point fills the form")
			.isGreaterThan(60.005);
		assertThat(browser.findElement(By.id("field-lat")).getDomProperty("value"))
			.isEqualTo(map.getDomAttribute("data-picked").split(",")[1]);
		lon.clear();
		lon.sendKeys("60.015");
		browser.findElement(By.id("field-reason")).sendKeys("上报位置偏差,实际在社区外");
		browser.findElement(By.id("action-submit")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-detail"), "重新定位"));
		JsonNode moved = api.get("/api/v1/cases/" + id).body();
		assertThat(moved.path("lon").asDouble()).isEqualTo(60.015);
		assertThat(moved.path("gridTrails").get(0).path("grids").get(0).path("code").asString()).isEqualTo("P");
	}

	@Test
	void drawsTheCaseOnTheDistrictsTiles() {
		long id = report("底图上的案件");
		signIn("dispatcher-" + UNIT);
		try (var tiles = ConfiguredBaseMap.tilesIn(browser, "WGS84")) {
			browser.get("about:blank");
			browser.get(chromium.url("/#case-" + id));
			wait.until(ExpectedConditions.attributeToBe(By.id("case-map"), "data-base-map", "ok"));
			assertThat(browser.findElements(By.cssSelector("#case-map .base-tiles img.leaflet-tile-loaded")))
				.isNotEmpty()
				.allSatisfy(tile -> assertThat(tile.getDomAttribute("src")).contains("layers.png?z="));
		}
	}

	@Test
	void relocatesACaseClickedOnGcj02TilesToTheWgs84PointTheServerShiftsItBackTo() {
		long id = reportAt("成都的案件,按火星坐标底图重新定位", 104.061, 30.661);
		signIn("dispatcher-wb-chengdu");
		try (var tiles = ConfiguredBaseMap.tilesIn(browser, "GCJ02")) {
			browser.get("about:blank");
			browser.get(chromium.url("/#case-" + id));
			wait.until(ExpectedConditions.attributeToBe(By.id("case-detail"), "data-case-id", String.valueOf(id)));
			browser.findElement(By.id("action-relocate")).click();
			wait.until(ExpectedConditions.attributeToBe(By.id("case-map"), "data-drawn", "1"));
			wait.until(ExpectedConditions.attributeToBe(By.id("case-map"), "data-moving", "false"));
			@SuppressWarnings("unchecked")
			Map<String, Number> grid = (Map<String, Number>) browser.executeScript("""
					document.getElementById('case-map').scrollIntoView({ block: 'center' });
					const box = document.querySelector('#case-map path.case-grid').getBoundingClientRect();
					return { left: box.left, top: box.top, width: box.width, height: box.height };""");
			double left = grid.get("left").doubleValue();
			double top = grid.get("top").doubleValue();
			int x = (int) Math.round(left + 0.75 * grid.get("width").doubleValue());
			int y = (int) Math.round(top + 0.25 * grid.get("height").doubleValue());
			new Actions(browser).moveToLocation(x, y).click().perform();
			wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("case-map")), "data-picked"));
			browser.findElement(By.id("field-reason")).sendKeys("按底图上的位置纠正");
			browser.findElement(By.id("action-submit")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(
					By.cssSelector("#case-timeline li[data-action='relocate']")));

			double[] southWest = Crs.GCJ02.fromWgs84(C[0], C[1]);
			double[] northEast = Crs.GCJ02.fromWgs84(C[2], C[3]);
			double perPixel = (northEast[0] - southWest[0]) / grid.get("width").doubleValue();
			double[] expected = Crs.GCJ02.toWgs84(southWest[0] + (x - left) * perPixel,
					northEast[1] - (y - top) / grid.get("height").doubleValue() * (northEast[1] - southWest[1]));
			JsonNode moved = api.get("/api/v1/cases/" + id).body();
			assertThat(moved.path("lon").asDouble()).as("lon").isCloseTo(expected[0], within(2 * perPixel));
			assertThat(moved.path("lat").asDouble()).as("lat").isCloseTo(expected[1], within(2 * perPixel));
		}
	}

	@Test
	void saysWhichRoadSectionACaseLiesOnWhoAnswersForItAndWhichGridCoordinatesIt() {
		assertThat(api.put("/api/v1/layers/" + LAYER + "/members", """
				{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"wb-road",
				 "name":"工作台东路(北段)","kind":"road-section","grid":"P","contact":"路段长老王","coordinated":true},
				 "geometry":{"type":"LineString","coordinates":[[60.019,0],[60.019,0.006]]}}]}""").status())
			.isEqualTo(200);
		long id = api.post("/api/v1/cases", """
				{"channel":"PATROL","kind":"COMPONENT","minorCode":"0201","description":"路段上的坑洞",
				 "lon":60.0191,"lat":0.003}""").body().path("id").asLong();
		signIn("dispatcher-" + UNIT);
		browser.get(chromium.url("/#case-" + id));
		wait.until(ExpectedConditions.attributeToBe(By.id("case-detail"), "data-case-id", String.valueOf(id)));
		String member = browser.findElement(By.cssSelector("[data-fact=member]")).getText();
		assertThat(member).contains("工作台东路(北段)", "负责人:路段长老王", "由工作台街道统筹协调");
	}

	@Test
	void uploadsAFeedbackPhotoAndPutsTheAddressItIsServedAtInTheForm() throws IOException {
		long id = dispatched("路面塌陷,上传照片", "municipal-works");
		assertThat(api.post("/api/v1/cases/" + id + "/actions/sign", "{}").status()).isEqualTo(200);
		Path photo = Files.createTempFile("feedback-", ".png");
		try {
			Files.write(photo, Base64.getDecoder().decode(
					"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
			signIn("handler-municipal-works");
			browser.findElement(By.id("queue-handling")).click();
			open(id);
			browser.findElement(By.id("action-feedback")).click();
			browser.findElement(By.id("photo-file")).sendKeys(photo.toAbsolutePath().toString());
			wait.until(driver -> !driver.findElement(By.id("photo-status")).getText().equals("正在上传…")
					&& !driver.findElement(By.id("photo-status")).getText().isEmpty());
			assertThat(browser.findElement(By.id("photo-status")).getText())
				.isEqualTo("已上传:" + photo.getFileName());
			String link = browser.findElement(By.id("field-attachments")).getDomProperty("value");
			assertThat(link).matches("/api/v1/attachments/[0-9a-f-]{36}");
			Object served = browser.executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					fetch(arguments[0]).then((r) => r.arrayBuffer().then((body) =>
					  done(r.status + ' ' + r.headers.get('Content-Type') + ' ' + body.byteLength)));""", link);
			assertThat(served).isEqualTo("200 image/png " + Files.size(photo));
		}
		finally {
			Files.delete(photo);
		}
	}

	@Test
	void refusesAnActionOnACaseSomeoneElseChangedAndShowsItAsItIsNow() {
		long id = report("乱堆物料,他人已受理");
		signIn("shift-leader-" + UNIT);
		browser.findElement(By.id("queue-intake")).click();
		open(id);
		assertThat(api.post("/api/v1/cases/" + id + "/actions/accept", "{}").status()).isEqualTo(200);
		act("accept");
		waitForState("ACCEPTED");
		assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("案件已被他人处理,已显示最新情况。");
		assertThat(browser.findElements(By.cssSelector("#case-timeline li[data-action='accept']"))).hasSize(1);
	}

	@Test
	void sendsVisitorsWithoutASessionToSignInAndBack() {
		browser.get(chromium.url("/"));
		browser.manage().deleteAllCookies();
		browser.get(chromium.url("/"));
		wait.until(ExpectedConditions.urlContains("/login.html?next="));
		chromium.tryToSignIn("dispatcher-" + UNIT, "not-the-password", "/");
		WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-area")));
		assertThat(error.getText()).isEqualTo("用户名或密码错误。");
		chromium.screenshot("sign-in-refused");
		chromium.checkAccessibility("sign-in page");
		assertThat(browser.getCurrentUrl()).contains("/login.html");
		signIn("dispatcher-" + UNIT);
		assertThat(browser.findElement(By.id("signed-in")).getText()).contains("dispatcher-" + UNIT, "派遣员");
	}

	@Test
	void sendsGridWorkersAndCitizensToThePhonePage() {
		for (String username : List.of("full-time-worker-" + UNIT, "wb-citizen")) {
			browser.get(chromium.url("/login.html"));
			browser.manage().deleteAllCookies();
			chromium.signIn(username, TestStaff.PASSWORD, "/");
			wait.until(ExpectedConditions.urlContains("/mobile.html"));
			browser.get(chromium.url("/"));
			wait.until(ExpectedConditions.urlContains("/mobile.html"));
		}
	}

	@Test
	void showsOnlyThePagesTheAccountMayUseAndRefusesTheIntakeFormUpFront() {
		signIn("handler-municipal-works");
		assertThat(navLinks()).contains("/", "/calendar.html").doesNotContain("/intake.html", "/dashboard.html");
		browser.get(chromium.url("/intake.html"));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		assertThat(browser.findElement(By.id("not-permitted")).getText()).contains("没有新建案件的权限");
		assertThat(browser.findElements(By.id("intake-form"))).isEmpty();

		signIn("intake-operator-" + UNIT);
		assertThat(navLinks()).contains("/", "/intake.html", "/dashboard.html");
		browser.get(chromium.url("/intake.html"));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		assertThat(browser.findElements(By.id("intake-form"))).hasSize(1);
		assertThat(browser.findElements(By.id("not-permitted"))).isEmpty();
	}

	@Test
	void switchesBetweenChineseAndEnglish() {
		signIn("shift-leader-" + UNIT);
		assertThat(browser.findElement(By.id("queue-intake")).getText()).startsWith("待受理");
		browser.findElement(By.id("language")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-intake"), "To accept"));
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		assertThat(browser.findElement(By.id("case-list")).getText()).doesNotContain("待受理");
		chromium.screenshot("workbench-english");
		chromium.checkAccessibility("workbench in English");
		browser.findElement(By.id("language")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-intake"), "待受理"));
	}

	@Test
	void savesScreenshotsOfTheQueueAndACaseAtFullHdAndPhoneWidth() {
		long id = dispatched("人行道护栏损坏,截图用案件", "municipal-works");
		signIn("dispatcher-" + UNIT);
		browser.manage().window().setSize(new Dimension(1920, 1080));
		try {
			browser.findElement(By.id("queue-all")).click();
			open(id);
			wait.until(ExpectedConditions.attributeToBe(By.id("case-map"), "data-drawn", "1"));
			chromium.screenshot("workbench-queue-and-case");
			browser.findElement(By.id("action-escalate")).click();
			chromium.screenshot("workbench-action-form");
			browser.manage().window().setSize(new Dimension(390, 844));
			chromium.screenshot("workbench-phone");
			chromium.checkAccessibility("workbench at phone width");
			assertThat(browser.findElement(By.id("case-table")).isDisplayed()).isTrue();
		}
		finally {
			browser.manage().window().setSize(new Dimension(1366, 900));
		}
	}

	/** Signs in afresh as a person made for this test and waits for the workbench to be ready. */
	private void signIn(String username) {
		workbench.signIn(username, TestStaff.PASSWORD);
	}

	/** Where the banner's page links lead, once the workbench knows the permissions behind them. */
	private List<String> navLinks() {
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue-all")));
		return browser.findElements(By.cssSelector("#top-bar nav a")).stream()
			.map(link -> link.getDomAttribute("href"))
			.toList();
	}

	private void open(long id) {
		workbench.open(id, api.get("/api/v1/cases/" + id).body().path("caseNo").asString());
	}

	private void act(String action) {
		workbench.act(action);
	}

	private void waitForState(String state) {
		workbench.waitForState(state);
	}

	/** The allowed actions as the API answers the browser's own session. */
	@SuppressWarnings("unchecked")
	private List<String> allowedInThisSession(long id) {
		Object answer = browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch('/api/v1/cases/' + arguments[0]).then((r) => r.json()).then((c) => done(c.allowedActions));
				""", id);
		return (List<String>) answer;
	}

	private long report(String description) {
		return reportAt(description, 60.005, 0.01);
	}

	private long reportAt(String description, double lon, double lat) {
		return api.post("/api/v1/cases", """
				{"channel":"PATROL","kind":"COMPONENT","minorCode":"0201","description":"%s","address":"工作台路 1 号",
				 "lon":%s,"lat":%s,"attachments":["/photos/before.jpg"]}""".formatted(description, lon, lat))
			.body().path("id").asLong();
	}

	private long dispatched(String description, String department) {
		long id = report(description);
		for (Map.Entry<String, String> step : List.of(Map.entry("accept", "{}"),
				Map.entry("file", "{\"conditionMet\":true}"),
				Map.entry("dispatch", "{\"department\":\"" + department + "\"}"))) {
			assertThat(api.post("/api/v1/cases/" + id + "/actions/" + step.getKey(), step.getValue()).status())
				.isEqualTo(200);
		}
		return id;
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
