package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestLayers;
import org.onegrid.attachment.TestPhotos;
import org.onegrid.dashboard.DashboardFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A citizen who never signs in reports a problem where they stand on the portal, with a photo, keeps the ticket
 * number and code, follows the case to its close, sees the photo and rates it; a wrong code shows nothing of the
 * case.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserTests {

	@Autowired
	TestApi api;

	@LocalServerPort
	int port;

	private DashboardFixtures district;

	private HeadlessChromium chromium;

	@BeforeAll
	void standsInTheDistrict() throws IOException {
		district = new DashboardFixtures(api);
		chromium = FieldPageSteps.startAt(port, DashboardFixtures.lonOfStreet(1), DashboardFixtures.LAT);
	}

	@AfterAll
	void quitsBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aPortalServingTwoDistrictsListsTheServicesOfTheDistrictChosen() {
		var browser = chromium.browser;
		var wait = chromium.wait;
		TestLayers.oneGrid(api, "portb", "门户页东区层", "区", "PBE", "门户页东区", 48.6);
		TestLayers.oneGrid(api, "portc", "门户页西区层", "区", "PBW", "门户页西区", 48.4);
		try {
			api.put("/api/v1/districts/pbe.example", "{\"name\":\"门户页东区\",\"layer\":\"portb\",\"grid\":\"PBE\"}");
			api.put("/api/v1/districts/pbw.example", "{\"name\":\"门户页西区\",\"layer\":\"portc\",\"grid\":\"PBW\"}");
			api.put("/api/v1/catalogue/offers/pbe.example",
					"{\"classes\":[{\"kind\":\"COMPONENT\",\"minorCode\":\"0101\"}]}");
			browser.get(chromium.url("/portal.html?lang=zh-CN&district=pbe.example"));
			wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
			wait.until(driver -> driver.findElements(By.cssSelector("#category option")).size() == 2);
			assertThat(new Select(browser.findElement(By.id("district"))).getFirstSelectedOption().getText())
				.isEqualTo("门户页东区");
			assertThat(browser.findElement(By.cssSelector("#category option[value='COMPONENT:0101']"))).isNotNull();
			chromium.checkAccessibility("portal with its district choice");

			new Select(browser.findElement(By.id("district"))).selectByValue("pbw.example");
			wait.until(driver -> driver.findElements(By.cssSelector("#category option")).size() > 10);
		}
		finally {
			api.delete("/api/v1/catalogue/offers/pbe.example");
			api.delete("/api/v1/districts/pbe.example");
			api.delete("/api/v1/districts/pbw.example");
		}
	}

	@Test
	void reportsTracksToTheCloseAndRatesWithoutSigningIn() throws IOException {
		var browser = chromium.browser;
		var wait = chromium.wait;
		browser.get(chromium.url("/portal.html?lang=zh-CN"));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		wait.until(driver -> driver.findElements(By.cssSelector("#category option")).size() > 1);
		browser.findElement(By.id("report-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("place-missing")));
		assertThat(browser.findElement(By.id("report-form")).getText()).contains("此项必填");

		new Select(browser.findElement(By.id("category"))).selectByValue("COMPONENT:0201");
		browser.findElement(By.id("use-location")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("place-status"), "data-picked", "true"));
		browser.findElement(By.id("description")).sendKeys("人行道砖块松动 " + System.nanoTime());
		browser.findElement(By.id("contact-phone")).sendKeys("13900001111");
		browser.findElement(By.id("photos")).sendKeys(photo().toString());
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("photos-chosen")));
		chromium.checkAccessibility("portal report form");
		browser.findElement(By.id("report-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filed-code")));
		String caseNo = browser.findElement(By.id("filed-ticket")).getText();
		String code = browser.findElement(By.id("filed-code")).getText();
		browser.executeScript("window.scrollTo(0, 0)");
		chromium.screenshot("portal");
		chromium.checkAccessibility("portal, filed");

		JsonNode found = api.get("/api/v1/cases?text=" + caseNo).body().path("items").path(0);
		long id = found.path("id").asLong();
		assertThat(found.path("channel").asString()).isEqualTo("CITIZEN");
		district.act(id, "verify", "\"confirmed\":true");
		for (String action : new String[] { "accept", "file", "dispatch", "sign" }) {
			district.act(id, action, action.equals("file") ? "\"conditionMet\":true" : "");
		}
		district.close(id);

		browser.findElement(By.id("go-track")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("track-ticket"), "value", caseNo));
		browser.findElement(By.id("track-code")).clear();
		browser.findElement(By.id("track-code")).sendKeys("WRONG" + code.substring(5));
		browser.findElement(By.id("track-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-area")));
		assertThat(browser.findElements(By.id("tracked"))).isEmpty();

		browser.findElement(By.id("track-code")).clear();
		browser.findElement(By.id("track-code")).sendKeys(code);
		browser.findElement(By.id("track-submit")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("tracked"), "data-state", "CLOSED"));
		assertThat(browser.findElement(By.id("tracked")).getText()).doesNotContain("13900001111");
		wait.until(driver -> Boolean.TRUE.equals(browser.executeScript(
				"const img = document.getElementById('tracked-photo-1'); return !!img && img.complete && img.naturalWidth === 32")));
		browser.findElement(By.id("rate-SATISFIED")).click();
		browser.findElement(By.id("rate-submit")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rated"), "满意"));
		chromium.checkAccessibility("portal, tracked and rated");
		assertThat(api.get("/api/v1/cases/" + id).body().path("timeline").findValuesAsString("action"))
			.contains("evaluate");
		assertThat(api.get("/api/v1/cases/" + id).body().path("attachments").path(0).asString())
			.startsWith("/api/v1/attachments/");
	}

	/** A small PNG on disk, for the file input. */
	private static Path photo() throws IOException {
		Path file = Files.createTempFile("portal-photo", ".png");
		Files.write(file, TestPhotos.encoded("png"));
		file.toFile().deleteOnExit();
		return file;
	}
}
