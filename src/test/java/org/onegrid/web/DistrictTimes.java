package org.onegrid.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.onegrid.TestApi;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Times as the pages must show them, in the district's zone, for the browser tests; and a browser put in a zone no
 * district lies in, so that a time shown in the browser's own zone cannot pass for the district's.
 */
final class DistrictTimes {

	/** UTC+14: no district's calendar names it, so its times differ from every district's. */
	static final String FAR_ZONE = "Pacific/Kiritimati";

	private final ZoneId zone;

	private DistrictTimes(ZoneId zone) {
		this.zone = zone;
	}

	/** The district's zone as its calendar names it. */
	static DistrictTimes of(TestApi api) {
		return new DistrictTimes(ZoneId.of(api.get("/api/v1/calendar/years").body().path("zone").asString()));
	}

	/** Puts the browser's clock in the far zone for the rest of its session. */
	static void putFarAway(ChromeDriver browser) {
		browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", FAR_ZONE));
	}

	/** A date and time to the minute, as the pages write it: 2026-11-22 14:05. */
	String minutes(Instant instant) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(instant);
	}

	/** The time of day to the second, as the dashboard writes it: 14:05:09. */
	String seconds(Instant instant) {
		return DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone).format(instant);
	}
}
