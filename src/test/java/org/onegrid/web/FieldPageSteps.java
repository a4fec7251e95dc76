package org.onegrid.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The field page as grid workers and citizens use it on their phones, for the browser tests: a browser standing at a
 * place, the page opened, a report filled in where the device stands, and a task opened from "my tasks".
 */
final class FieldPageSteps {

	private FieldPageSteps() {
	}

	/** A browser whose device reports that it stands at the point, allowed to tell the page so. */
	static HeadlessChromium startAt(int port, double lon, double lat) throws IOException {
		HeadlessChromium browser = new HeadlessChromium(port);
		standAt(browser, lon, lat);
		return browser;
	}

	/** From now on the browser's device reports that it stands at the point, and may tell the page so. */
	static void standAt(HeadlessChromium browser, double lon, double lat) {
		browser.browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", browser.url(""),
				"permissions", List.of("geolocation")));
		browser.browser.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", lat, "longitude", lon,
				"accuracy", 12));
	}

	/** Opens the field page and waits for its report form. */
	static void open(HeadlessChromium browser) {
		browser.browser.get(browser.url("/mobile.html"));
		browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));
	}

	/** Fills in a report of component {@code code} where the device stands, found by searching for the code. */
	static void fillReport(HeadlessChromium browser, String code, String description) {
		browser.wait.until(ExpectedConditions.attributeToBe(By.id("report-place-status"), "data-source", "gps"));
		browser.browser.findElement(By.id("report-category-search")).sendKeys(code);
		WebElement choice = browser.wait.until(ExpectedConditions.elementToBeClickable(
				By.cssSelector("#report-categories .choice[data-kind='COMPONENT'][data-code='" + code + "']")));
		choice.click();
		browser.browser.findElement(By.id("report-description")).sendKeys(description);
	}

	/** Opens the field page afresh and the case from "my tasks". */
	static void openTask(HeadlessChromium browser, long id) {
		browser.browser.get(browser.url("/mobile.html"));
		browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("tab-tasks"))).click();
		browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
				"#tasks-list [data-case-id='" + id + "']"))).click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-state")));
	}
}
