package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.dashboard.DashboardFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The triage page: a 12319 ticket whose words map to no class waits on the page with its reply deadline; the
 * operator picks the class, asks for the words to be remembered and files it; the ticket leaves the page, the case
 * exists and the source's next ticket with those words needs nobody.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TriagePageBrowserTests {

	@Autowired
	TestApi api;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	private String words;

	private long ticket;

	@BeforeAll
	void receivesATicketAndSignsIn() throws IOException {
		new DashboardFixtures(api);
		words = "护栏松动" + UUID.randomUUID().toString().substring(0, 8);
		Response received = api.post("/api/v1/hotline/12319/tickets", ticket());
		assertThat(received.status()).as(received.body().toString()).isEqualTo(201);
		assertThat(received.body().path("status").asString()).isEqualTo("TRIAGE");
		ticket = received.body().path("id").asLong();
		chromium = new HeadlessChromium(port);
		chromium.browser.manage().window().setSize(new Dimension(1366, 900));
		chromium.signIn("admin", TestApi.ADMIN_PASSWORD, "/triage.html?lang=zh-CN");
	}

	@AfterAll
	void quitsBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void filesAWaitingTicketAndRemembersItsWords() {
		var browser = chromium.browser;
		var wait = chromium.wait;
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.html")));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		assertThat(browser.findElement(By.id("page-title")).getText()).isEqualTo("热线工单分拣");
		String card = "form[data-ticket='" + ticket + "']";
		assertThat(browser.findElement(By.cssSelector(card)).getText()).contains(words, "来源分类未对应到类别", "答复时限")
			.containsPattern("还剩|超期");
		chromium.checkAccessibility("triage page");

		new Select(browser.findElement(By.id("category-" + ticket))).selectByValue("COMPONENT:0201");
		browser.findElement(By.id("remember-" + ticket)).click();
		browser.findElement(By.id("resolve-" + ticket)).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
		assertThat(browser.findElement(By.id("notice")).getText()).contains("已立案");
		assertThat(browser.findElements(By.cssSelector(card))).isEmpty();

		Response next = api.post("/api/v1/hotline/12319/tickets", ticket());
		assertThat(next.body().path("status").asString()).isEqualTo("CASED");
		assertThat(api.get("/api/v1/cases/" + next.body().path("caseId").asLong()).body().path("minorCode").asString())
			.isEqualTo("0201");
	}

	private String ticket() {
		return """
				{"ticketNo":"TRI-%s","caller":{"name":"王五","phone":"13900001111"},"category":"%s",
				 "address":"分拣路 2 号","content":"护栏松动 / A loose railing","reportedAt":"%s",
				 "lon":%s,"lat":%s}""".formatted(UUID.randomUUID(), words, Instant.now().truncatedTo(ChronoUnit.SECONDS),
				DashboardFixtures.lonOfStreet(1),
				DashboardFixtures.LAT);
	}
}
