package org.onegrid.web;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The workbench as the people at the command centre and in the departments use it, for the browser tests: signing
 * in afresh, finding a case in the queue shown by its number (clicking it again when the list is redrawn under the
 * click), taking an action whose form needs nothing more, and waiting for the case's new state.
 */
final class WorkbenchSteps {

	private final HeadlessChromium chromium;

	WorkbenchSteps(HeadlessChromium chromium) {
		this.chromium = chromium;
	}

	/** Signs in afresh, forgetting whoever was signed in, and waits for the workbench to be ready. */
	void signIn(String username, String password) {
		chromium.browser.get(chromium.url("/login.html"));
		chromium.browser.manage().deleteAllCookies();
		chromium.signIn(username, password, "/");
		chromium.wait.until(ExpectedConditions.urlToBe(chromium.url("/")));
		chromium.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
	}

	/** Shows the queue ({@code intake}, {@code filing}, {@code dispatch} …). */
	void queue(String key) {
		chromium.browser.findElement(By.id("queue-" + key)).click();
	}

	/** Finds the case in the queue shown by its number, as a dispatcher types it, and opens it. */
	void open(long id, String caseNo) {
		WebElement text = chromium.browser.findElement(By.id("filter-text"));
		text.clear();
		text.sendKeys(caseNo);
		chromium.browser.findElement(By.id("filter-apply")).click();
		chromium.wait.until(driver -> {
			try {
				driver.findElement(By.id("case-open-" + id)).click();
				return true;
			}
			catch (NoSuchElementException | StaleElementReferenceException | ElementNotInteractableException redrawn) {
				return false;
			}
		});
		chromium.wait.until(ExpectedConditions.attributeToBe(By.id("case-detail"), "data-case-id", String.valueOf(id)));
	}

	/** Opens the form of the action and sends it as it is. */
	void act(String action) {
		chromium.browser.findElement(By.id("action-" + action)).click();
		chromium.wait.until(ExpectedConditions.attributeToBe(By.id("action-form"), "data-action", action));
		chromium.browser.findElement(By.id("action-submit")).click();
	}

	void waitForState(String state) {
		chromium.wait.until(ExpectedConditions.attributeToBe(By.id("case-detail"), "data-state", state));
	}
}
