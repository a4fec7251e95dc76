package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Drives the configuration page in headless Chromium: an administrator finds it from the workbench, changes a
 * category's time limit after a refused value is explained beside the field, and pages through the accounts; a
 * dispatcher sees neither the link nor any change the server would refuse.
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
}
