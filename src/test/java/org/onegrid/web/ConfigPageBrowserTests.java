package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestLayers;
import org.onegrid.TestApi.Response;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.onegrid.TestStaff;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Drives the configuration page in headless Chromium: an administrator finds it from the workbench, changes a
 * category's time limit after a refused value is explained beside the field, and pages through the accounts; a
 * dispatcher sees neither the link nor any change the server would refuse; an administrator staffs a grid and gives
 * an account its roles by picking layer, grid, post, person and roles from lists, and names a district by its grid.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConfigPageBrowserTests {

	private static final String PASSWORD = "config-page-password";

	@Autowired
	TestApi api;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeAll
	void startsBrowserWithTwentyFiveMoreAccounts() throws IOException {
		for (int i = 0; i < 25; i++) {
			account("config-user-%02d".formatted(i), "dispatcher");
		}
		chromium = new HeadlessChromium(port);
		browser = chromium.browser;
		wait = chromium.wait;
	}

	@AfterAll
	void quitsBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	private void account(String username, String role) {
		Response created = api.post("/api/v1/accounts", """
				{"username":"%s","displayName":"%s","password":"%s","roles":["%s"]}
				""".formatted(username, username, PASSWORD, role));
		assertThat(created.status()).as(created.body().toString()).isIn(201, 409);
	}

	private void open(String path) {
		browser.get(chromium.url(path));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
	}

	@Test
	@Order(1)
	void anAdministratorChangesATimeLimitAfterARefusalAndPagesTheAccounts() {
		chromium.signIn("admin", TestApi.ADMIN_PASSWORD, "/");
		WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/config.html']")));
		link.click();
		wait.until(ExpectedConditions.urlToBe(chromium.url("/config.html")));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		JsonNode minor = api.get("/api/v1/catalogue/categories?kind=EVENT").body().findValue("minorClasses").get(0);
		String code = minor.path("code").asString();
		int before = minor.path("timeLimits").get(0).path("limit").path("amount").asInt();
		wait.until(ExpectedConditions.elementToBeClickable(By.id("edit-EVENT-" + code))).click();

		WebElement amount = browser.findElement(By.id("limit-amount-0"));
		amount.clear();
		amount.sendKeys("0");
		browser.findElement(By.id("limits-save")).click();
		WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("limit-error-0")));
		assertThat(refusal.getText()).contains("数值超出允许范围");
		assertThat(browser.findElement(By.id("error-area")).isDisplayed()).isTrue();
		chromium.checkAccessibility("configuration page with a refused time limit");

		amount = browser.findElement(By.id("limit-amount-0"));
		amount.clear();
		amount.sendKeys(Integer.toString(before + 1));
		browser.findElement(By.id("limits-save")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
		assertThat(api.get("/api/v1/catalogue/categories/EVENT/" + code).body().path("timeLimits").get(0)
			.path("limit").path("amount").asInt()).isEqualTo(before + 1);
		browser.findElement(By.id("edit-EVENT-" + code)).click();
		amount = browser.findElement(By.id("limit-amount-0"));
		amount.clear();
		amount.sendKeys(Integer.toString(before));
		browser.findElement(By.id("limits-save")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("limits-form")));
		assertThat(api.get("/api/v1/catalogue/categories/EVENT/" + code).body().path("timeLimits").get(0)
			.path("limit").path("amount").asInt()).as("the limit is back as the other tests expect it").isEqualTo(before);

		WebElement position = browser.findElement(By.id("accounts-position"));
		wait.until(ExpectedConditions.textToBePresentInElement(position, "第 1 /"));
		assertThat(browser.findElements(By.cssSelector("#accounts-table tbody tr"))).hasSize(20);
		browser.findElement(By.id("accounts-next")).click();
		wait.until(ExpectedConditions.textToBePresentInElement(position, "第 2 /"));
		browser.findElement(By.id("account-q")).sendKeys("config-user-2");
		browser.findElement(By.id("account-search-run")).click();
		wait.until(ExpectedConditions.textToBePresentInElement(position, "共 5 个账号"));
		assertThat(browser.findElements(By.cssSelector("#accounts-table tbody tr"))).hasSize(5);
		chromium.screenshot("config-page");
		chromium.checkAccessibility("configuration page");
	}

	@Test
	@Order(2)
	void aDispatcherSeesNoLinkAndNoChanges() {
		account("config-dispatcher", "dispatcher");
		browser.manage().deleteAllCookies();
		chromium.signIn("config-dispatcher", PASSWORD, "/");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in"), "·"));
		assertThat(browser.findElements(By.cssSelector("a[href='/config.html']"))).isEmpty();
		open("/config.html");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-permitted")));
		assertThat(browser.findElements(By.cssSelector("#config-main button"))).isEmpty();
		chromium.checkAccessibility("configuration page for a dispatcher");
	}

	@Test
	@Order(3)
	void anAdministratorPicksRolesPostsAndPeopleInsteadOfTypingCodes() {
		if (api.get("/api/v1/roles/cfgp-warden").status() != 200) {
			assertThat(api.put("/api/v1/roles/cfgp-warden", """
					{"nameZh":"配置页网格员","nameEn":"Config page warden","scope":"GRID","permissions":["case:read"]}
					""").status()).isIn(200, 201);
		}
		TestLayers.oneGrid(api, "cfgp", "配置页测试网格", "网格", "CP1", "配置页网格", 41.5);
		TestStaff.unitWith(api, "cfgp-s", "STREET", null, "cfgp", "CP1", "cfgp-warden");
		browser.manage().deleteAllCookies();
		chromium.signIn("admin", TestApi.ADMIN_PASSWORD, "/config.html?lang=zh-CN");
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.html")));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));

		WebElement layer = wait.until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#team-layer option[value='cfgp']")));
		new Select(browser.findElement(By.id("team-layer"))).selectByValue("cfgp");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#team-grid-options option[value='CP1']")));
		assertThat(layer.getText()).contains("配置页测试网格");
		browser.findElement(By.id("team-grid")).sendKeys("配置页网格");
		browser.findElement(By.id("team-show")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#team-table caption"), "cfgp / CP1"));

		new Select(browser.findElement(By.id("team-role"))).selectByValue("cfgp-warden");
		WebElement person = wait.until(ExpectedConditions.presenceOfElementLocated(
				By.xpath("//select[@id='team-person']/option[contains(., 'cfgp-warden-cfgp-s')]")));
		new Select(browser.findElement(By.id("team-person"))).selectByValue(person.getAttribute("value"));
		browser.findElement(By.id("team-add")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("team-table"), "配置页网格员"));
		assertThat(api.get("/api/v1/teams/cfgp/CP1").body().findValuesAsString("role")).contains("cfgp-warden");

		browser.findElement(By.id("account-username")).sendKeys("config-picked");
		browser.findElement(By.id("account-displayName")).sendKeys("配置页选角色");
		browser.findElement(By.id("account-password")).sendKeys(PASSWORD);
		browser.findElement(By.id("account-roles-cfgp-warden")).click();
		browser.findElement(By.id("account-roles-dispatcher")).click();
		browser.findElement(By.id("account-create")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "config-picked"));
		JsonNode created = api.get("/api/v1/accounts?text=config-picked").body().path("items").get(0);
		assertThat(created.path("roles")).extracting(JsonNode::asString)
			.containsExactlyInAnyOrder("cfgp-warden", "dispatcher");
		addsAndRemovesAResponsibilityRuleForTheGrid();
		addsAMinorClassWithItsOwnLimits();
		chromium.screenshot("config-pickers");
		chromium.checkAccessibility("configuration page with pickers");
	}

	/** Under a major class of this test's own (codes from 90 are tests'), so the shipped catalogue stays as it is. */
	@Test
	@Order(4)
	void anAdministratorNamesADistrictByItsGridAfterAnUnknownGridIsExplainedBesideTheField() {
		TestLayers.oneGrid(api, "cfgp", "配置页测试网格", "网格", "CP1", "配置页网格", 41.5);
		browser.manage().deleteAllCookies();
		chromium.signIn("admin", TestApi.ADMIN_PASSWORD, "/config.html?lang=zh-CN");
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		try {
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("districts-none")));
			browser.findElement(By.id("district-code")).sendKeys("cfg.example.gov.cn");
			browser.findElement(By.id("district-name")).sendKeys("配置区");
			new Select(browser.findElement(By.id("district-layer"))).selectByValue("cfgp");
			browser.findElement(By.id("district-grid")).sendKeys("CP9");
			browser.findElement(By.id("district-save")).click();
			WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("district-grid-error")));
			assertThat(refusal.getText()).contains("系统中没有这一项");
			assertThat(api.get("/api/v1/districts/cfg.example.gov.cn").status()).isEqualTo(404);

			WebElement grid = browser.findElement(By.id("district-grid"));
			grid.clear();
			grid.sendKeys("配置页网格");
			browser.findElement(By.id("district-name")).click();
			browser.findElement(By.id("district-save")).click();
			WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
					By.id("district-row-cfg.example.gov.cn")));
			assertThat(row.getText()).contains("配置区", "配置页测试网格", "CP1");
			assertThat(api.get("/api/v1/districts/cfg.example.gov.cn").body().path("grid").asString())
				.as("the grid picked by its name is named by its code").isEqualTo("CP1");
			choosesTheDistrictsServices();
			setsTheDistrictsOwnLimits();
			choosesTheDistrictsChannels();
			chromium.checkAccessibility("configuration page with a district, its services and its own limits");

			browser.findElement(By.id("district-remove-cfg.example.gov.cn")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("districts-none")));
			assertThat(api.get("/api/v1/districts/cfg.example.gov.cn").status()).isEqualTo(404);
		}
		finally {
			api.delete("/api/v1/districts/cfg.example.gov.cn");
		}
	}

	/** Ticks one minor class for the district just named, saves it, then lets it offer the whole catalogue again. */
	private void choosesTheDistrictsServices() {
		new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("offers-district"))))
			.selectByValue("cfg.example.gov.cn");
		WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("offers-status")));
		assertThat(status.getText()).isEqualTo("提供全部分类目录。");
		browser.findElement(By.id("offers-filter")).sendKeys("0101");
		assertThat(browser.findElements(By.id("offer-COMPONENT-0201"))).as("filtered out").isEmpty();
		browser.findElement(By.id("offer-COMPONENT-0101")).click();
		chromium.screenshot("config-offers");
		browser.findElement(By.id("offers-save")).click();
		wait.until(ExpectedConditions.textToBe(By.id("offers-status"), "提供所选的 1 项服务。"));
		JsonNode offer = api.get("/api/v1/catalogue/offers/cfg.example.gov.cn").body();
		assertThat(offer.path("classes").findValuesAsString("minorCode")).containsExactly("0101");
		assertThat(offer.path("classes").findValuesAsString("kind")).containsExactly("COMPONENT");

		browser.findElement(By.id("offers-reset")).click();
		wait.until(ExpectedConditions.textToBe(By.id("offers-status"), "提供全部分类目录。"));
		assertThat(api.get("/api/v1/catalogue/offers/cfg.example.gov.cn").body().path("wholeCatalogue").asBoolean())
			.isTrue();
	}

	/** Lets the district take cases on two channels only, then on every channel again. */
	private void choosesTheDistrictsChannels() {
		new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dchannels-district"))))
			.selectByValue("cfg.example.gov.cn");
		WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dchannels-status")));
		assertThat(status.getText()).isEqualTo("经所有渠道受理。");
		browser.findElement(By.id("dchannel-PATROL")).click();
		browser.findElement(By.id("dchannel-HOTLINE_12345")).click();
		browser.findElement(By.id("dchannels-save")).click();
		wait.until(ExpectedConditions.textToBe(By.id("dchannels-status"), "经所选的 2 个渠道受理。"));
		assertThat(api.get("/api/v1/district-channels/cfg.example.gov.cn").body().path("channels").toString())
			.isEqualTo("[\"HOTLINE_12345\",\"PATROL\"]");

		browser.findElement(By.id("dchannels-reset")).click();
		wait.until(ExpectedConditions.textToBe(By.id("dchannels-status"), "经所有渠道受理。"));
		assertThat(api.get("/api/v1/district-channels/cfg.example.gov.cn").body().path("everyChannel").asBoolean())
			.isTrue();
	}

	/** Gives the district its own handling limit for one class, sees a limit over the cap refused beside its row. */
	private void setsTheDistrictsOwnLimits() {
		new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dlimits-district"))))
			.selectByValue("cfg.example.gov.cn");
		WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dlimits-status")));
		assertThat(status.getText()).isEqualTo("沿用分类目录的时限。");
		browser.findElement(By.id("dlimits-add")).click();
		new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dlimit-class-0"))))
			.selectByValue("COMPONENT 0101");
		new Select(browser.findElement(By.id("dlimit-stage-0"))).selectByValue("HANDLE");
		WebElement amount = browser.findElement(By.id("dlimit-amount-0"));
		amount.clear();
		amount.sendKeys("99");
		browser.findElement(By.id("dlimits-save")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dlimit-error-0")));
		assertThat(browser.findElements(By.id("offers-error"))).as("the services panel's own refusals only")
			.isEmpty();
		assertThat(api.get("/api/v1/catalogue/district-limits/cfg.example.gov.cn").body().path("classes")).isEmpty();

		amount.clear();
		amount.sendKeys("2");
		WebElement maximum = browser.findElement(By.id("dlimits-maximum"));
		maximum.sendKeys("1");
		browser.findElement(By.id("dlimits-save")).click();
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dlimit-error-0"))).getText())
			.as("two days is over the district's own maximum of one").contains("1");
		assertThat(api.get("/api/v1/catalogue/district-limits/cfg.example.gov.cn").body().path("maxWorkingDays")
			.isNull()).isTrue();
		maximum.clear();
		maximum.sendKeys("10");
		chromium.screenshot("config-district-limits");
		browser.findElement(By.id("dlimits-save")).click();
		wait.until(ExpectedConditions.textToBe(By.id("dlimits-status"), "本区县另设 1 项时限。"));
		JsonNode limits = api.get("/api/v1/catalogue/district-limits/cfg.example.gov.cn").body();
		JsonNode own = limits.path("classes").get(0);
		assertThat(List.of(own.path("minorCode").asString(), own.path("timeLimits").get(0).path("stage").asString(),
				own.path("timeLimits").get(0).path("amount").asInt(), limits.path("maxWorkingDays").asInt()))
			.containsExactly("0101", "HANDLE", 2, 10);
		assertThat(browser.findElement(By.id("dlimits-maximum")).getDomProperty("value")).as("as stored")
			.isEqualTo("10");

		browser.findElement(By.id("dlimits-reset")).click();
		wait.until(ExpectedConditions.textToBe(By.id("dlimits-status"), "沿用分类目录的时限。"));
		assertThat(api.get("/api/v1/catalogue/district-limits/cfg.example.gov.cn").body().path("classes")).isEmpty();
		assertThat(browser.findElement(By.id("dlimits-maximum")).getDomProperty("value")).isEmpty();
	}

	private void addsAMinorClassWithItsOwnLimits() {
		assertThat(api.put("/api/v1/catalogue/major-classes/EVENT/97",
				"{\"nameZh\":\"配置页测试大类\",\"nameEn\":\"Config page test major\"}").status()).isEqualTo(204);
		if (api.get("/api/v1/catalogue/categories/EVENT/9701").status() != 200) {
			assertThat(api.post("/api/v1/catalogue/categories", """
					{"kind":"EVENT","code":"9701","nameZh":"已有小类","nameEn":"Taken","filingCondition":"立案",
					 "closingCondition":"结案","defaultDepartment":null,"timeLimits":[
					 {"stage":"ACCEPT","amount":1,"unit":"DAYS"},{"stage":"DISPATCH","amount":1,"unit":"DAYS"},
					 {"stage":"HANDLE","amount":5,"unit":"DAYS"},{"stage":"CHECK","amount":1,"unit":"DAYS"}]}
					""").status()).isEqualTo(201);
		}
		browser.navigate().refresh();
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		wait.until(ExpectedConditions.elementToBeClickable(By.id("category-add"))).click();
		new Select(browser.findElement(By.id("category-kind"))).selectByValue("EVENT");
		new Select(browser.findElement(By.id("category-major"))).selectByValue("97");
		browser.findElement(By.id("category-suffix")).sendKeys("01");
		browser.findElement(By.id("category-nameZh")).sendKeys("配置页新增小类");
		browser.findElement(By.id("category-nameEn")).sendKeys("Added on the config page");
		browser.findElement(By.id("category-filingCondition")).sendKeys("配置页立案条件");
		browser.findElement(By.id("category-closingCondition")).sendKeys("配置页结案条件");
		new Select(browser.findElement(By.id("category-defaultDepartment"))).selectByValue("urban-management");
		WebElement handling = browser.findElement(By.id("category-limit-2"));
		handling.clear();
		handling.sendKeys("3");
		browser.findElement(By.id("category-create")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-area")));
		WebElement suffix = browser.findElement(By.id("category-suffix"));
		suffix.clear();
		suffix.sendKeys("02");
		browser.findElement(By.id("category-create")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("minor-EVENT-9702")));
		JsonNode created = api.get("/api/v1/catalogue/categories/EVENT/9702").body();
		assertThat(created.path("nameZh").asString()).isEqualTo("配置页新增小类");
		assertThat(created.path("defaultDepartment").asString()).isEqualTo("urban-management");
		assertThat(created.path("timeLimits").toString()).contains("\"HANDLE\"").contains("\"amount\":3");
	}

	private void addsAndRemovesAResponsibilityRuleForTheGrid() {
		new Select(browser.findElement(By.id("rule-kind"))).selectByValue("COMPONENT");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rule-categoryCode option[value='0201']")));
		new Select(browser.findElement(By.id("rule-categoryCode"))).selectByValue("0201");
		new Select(browser.findElement(By.id("rule-layerCode"))).selectByValue("cfgp");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rule-gridCode-options option[value='CP1']")));
		browser.findElement(By.id("rule-gridCode")).sendKeys("配置页网格");
		new Select(browser.findElement(By.id("rule-leadDepartment"))).selectByValue("urban-management");
		browser.findElement(By.id("rule-assisting-police-station")).click();
		browser.findElement(By.id("rule-add")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "0201"));
		JsonNode stored = null;
		for (JsonNode rule : api.get("/api/v1/catalogue/rules").body()) {
			if ("cfgp".equals(rule.path("layerCode").asString()) && "CP1".equals(rule.path("gridCode").asString())) {
				stored = rule;
			}
		}
		assertThat(stored).as("the rule for the grid picked by its name").isNotNull();
		assertThat(stored.path("leadDepartment").asString()).isEqualTo("urban-management");
		assertThat(stored.path("assistingDepartments")).extracting(JsonNode::asString).containsExactly("police-station");
		WebElement row = browser.findElement(By.id("rule-row-" + stored.path("id").asLong()));
		assertThat(row.getText()).contains("城管中队", "派出所");
		browser.findElement(By.id("rule-remove-" + stored.path("id").asLong())).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("rule-row-" + stored.path("id").asLong())));
	}

}
