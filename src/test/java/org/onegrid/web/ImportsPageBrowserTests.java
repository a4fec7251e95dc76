package org.onegrid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestStaff;
import org.onegrid.dashboard.DashboardFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The historical import page: three NYC 311 rows (moved to 2010, so that they count in no year another test
 * checks), one of them with a status the mapping does not know, tried first and then imported with the shipped
 * mapping placed at a point of the test district; the page shows the bad row and follows the import to its end.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportsPageBrowserTests {

	@Autowired
	TestApi api;

	@LocalServerPort
	int port;

	private HeadlessChromium chromium;

	private Path csv;

	private String mapping;

	@BeforeAll
	void writesAFileAndSignsIn() throws IOException {
		new DashboardFixtures(api);
		TestStaff.handlersFor(api, "grid-centre", "municipal-works", "police-station", "greening", "justice");
		List<String> lines = List.of(resource("nyc311/nyc311_2011-03_2000rows.csv").split("\n"));
		List<String> rows = new ArrayList<>(List.of(lines.get(0)));
		String prefix = "PAGE-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		for (int i = 1; i <= 3; i++) {
			String row = prefix + lines.get(i).replace("/2011 ", "/2010 ");
			rows.add(i == 3 ? row.replace(",Closed,", ",Finished,") : row);
		}
		csv = Files.createTempFile("onegrid-import-", ".csv");
		Files.writeString(csv, String.join("\n", rows) + "\n");
		mapping = resource("history/nyc311.yaml") + "\nplace: {lon: " + DashboardFixtures
			.lonOfStreet(1) + ", lat: " + DashboardFixtures.LAT + "}\n";
		chromium = new HeadlessChromium(port);
		chromium.browser.manage().window().setSize(new Dimension(1366, 900));
		chromium.signIn("admin", TestApi.ADMIN_PASSWORD, "/imports.html?lang=zh-CN");
	}

	@AfterAll
	void quitsBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
		if (csv != null) {
			Files.deleteIfExists(csv);
		}
	}

	@Test
	void triesAFileShowsItsBadRowAndFollowsTheImportToItsEnd() {
		var browser = chromium.browser;
		var wait = chromium.wait;
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.html")));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		assertThat(browser.findElement(By.id("page-title")).getText()).isEqualTo("历史案件导入");
		browser.findElement(By.id("import-file")).sendKeys(csv.toString());
		((JavascriptExecutor) browser).executeScript("const area = document.getElementById('import-document');"
				+ "area.value = arguments[0]; area.dispatchEvent(new Event('input'));", mapping);
		chromium.checkAccessibility("imports page");

		browser.findElement(By.id("import-try")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dry-run-summary")));
		assertThat(browser.findElement(By.id("dry-run-summary")).getText()).contains("共 3 行", "可导入 2 行");
		assertThat(browser.findElement(By.id("dry-run-problems")).getText()).contains("Status");

		browser.findElement(By.id("import-start")).click();
		new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.attributeToBe(By.id("job"),
				"data-state", "DONE"));
		assertThat(browser.findElement(By.id("job-summary")).getText())
			.as(browser.findElement(By.id("job-problems")).getText()).contains("已导入 2 行", "失败 1 行");
		assertThat(browser.findElement(By.id("job-problems")).getText()).contains("Status");
		assertThat(browser.findElement(By.id("jobs")).getText()).contains("nyc311");
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = ImportsPageBrowserTests.class.getClassLoader().getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
