package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestLayers;
import org.onegrid.TestStaff;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the field rules page in headless Chromium: an administrator sets a street's patrol minimum, is told beside
 * the field why eight days a week is refused, saves two, adds a spot check rule with its fixed times, sees this week's
 * shortfall section and removes the rule after confirming; the page reads in English too and passes axe.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FieldRulesPageBrowserTests {

	@Autowired
	TestApi api;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	@BeforeAll
	void streetAndBrowser() throws IOException {
		TestLayers.oneGrid(api, "frp", "巡查规则页测试网格", "街道", "FR1", "巡查规则页街道", 42.5);
		TestStaff.unitWith(api, "frp-street", "STREET", null, "frp", "FR1", "full-time-worker");
		assertThat(api.put("/api/v1/units/frp-street", """
				{"name":"巡查规则页街道办","kind":"STREET","layerCode":"frp","gridCode":"FR1"}""").status()).isEqualTo(200);
		chromium = new HeadlessChromium(port);
		chromium.signIn("admin", TestApi.ADMIN_PASSWORD, "/field-rules.html?lang=zh-CN");
	}

	@AfterAll
	void quitsBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void setsAPatrolMinimumAfterARefusalAddsASpotCheckRuleAndRemovesIt() {
		var browser = chromium.browser;
		var wait = chromium.wait;
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.html")));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("patrol-short")));

		browser.findElement(By.id("patrol-code")).sendKeys("frp-patrol");
		new Select(browser.findElement(By.id("patrol-unitCode"))).selectByValue("frp-street");
		new Select(browser.findElement(By.id("patrol-role"))).selectByValue("full-time-worker");
		WebElement days = browser.findElement(By.id("patrol-minimumDaysPerWeek"));
		days.clear();
		days.sendKeys("8");
		browser.findElement(By.id("patrol-save")).click();
		WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.id("patrol-minimumDaysPerWeek-error")));
		assertThat(refusal.getText()).contains("7");
		assertThat(api.get("/api/v1/patrol-rules/frp-patrol").status()).as("nothing stored").isEqualTo(404);
		days = browser.findElement(By.id("patrol-minimumDaysPerWeek"));
		days.clear();
		days.sendKeys("2");
		browser.findElement(By.id("patrol-save")).click();
		WebElement patrolRow = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("patrol-row-frp-patrol")));
		var stored = api.get("/api/v1/patrol-rules/frp-patrol").body();
		assertThat(stored.path("minimumDaysPerWeek").asInt()).isEqualTo(2);
		assertThat(stored.path("role").asString()).isEqualTo("full-time-worker");
		String unitName = api.get("/api/v1/units/frp-street").body().path("name").asString();
		String roleName = api.get("/api/v1/roles/full-time-worker").body().path("nameZh").asString();
		assertThat(patrolRow.getText()).as("the rule by the names of its unit and role").contains(unitName, roleName)
			.doesNotContain("frp-street");

		Select duty = new Select(browser.findElement(By.id("staffing-duty")));
		assertThat(duty.getOptions()).extracting(WebElement::getText).contains("不限岗位", roleName + " (full-time-worker)");
		assertThat(browser.findElement(By.id("staffing-unitCode")).getDomProperty("required")).isEqualTo("true");

		browser.findElement(By.id("spot-code")).sendKeys("frp-spot");
		new Select(browser.findElement(By.id("spot-unit"))).selectByValue("frp-street");
		browser.findElement(By.id("spot-times")).sendKeys("09:00, 15:00");
		browser.findElement(By.id("spot-save")).click();
		WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("spot-row-frp-spot")));
		assertThat(row.getText()).contains("09:00", "15:00");
		chromium.screenshot("field-rules-page");
		chromium.checkAccessibility("field rules page");

		browser.findElement(By.id("spot-remove-frp-spot")).click();
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("spot-row-frp-spot")));
		assertThat(api.get("/api/v1/spot-check-rules/frp-spot").status()).isEqualTo(404);

		browser.findElement(By.id("language")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("patrol-heading"), "Patrol minimums"));
		assertThat(api.delete("/api/v1/patrol-rules/frp-patrol").status()).isEqualTo(204);
	}
}
