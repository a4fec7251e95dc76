package org.onegrid.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.json.JsonMapper;

/**
 * A district's base map for the pages a browser test opens next: their {@code GET /api/v1/map/base} is answered
 * with {@code onegrid.map.tiles.*} as given, through the DevTools protocol, because every integration test shares
 * one application context, configured without tiles. The tiles are OneGrid's own copy of one of Leaflet's images,
 * so that they load offline under the pages' Content-Security-Policy. Closing it gives the pages the server's own
 * answer again.
 */
final class ConfiguredBaseMap implements AutoCloseable {

	/** A tile template that OneGrid itself answers, with every tile the same small image. */
	static final String TILES = "/webjars/leaflet/1.9.4/dist/images/layers.png?z={z}&x={x}&y={y}";

	private static final String ANSWER = """
			(() => {
			  const answer = %s;
			  const fetched = window.fetch;
			  window.fetch = (input, init) => new URL(input instanceof Request ? input.url : input, location.href)
			    .pathname === '/api/v1/map/base'
			    ? Promise.resolve(new Response(JSON.stringify(answer), { headers: { 'Content-Type': 'application/json' } }))
			    : fetched.call(window, input, init);
			})();""";

	private final ChromeDriver browser;

	private final Object identifier;

	private ConfiguredBaseMap(ChromeDriver browser, Object identifier) {
		this.browser = browser;
		this.identifier = identifier;
	}

	/** Pages opened from now on draw on {@link #TILES}, drawn in {@code crs} ({@code WGS84} or {@code GCJ02}). */
	static ConfiguredBaseMap tilesIn(ChromeDriver browser, String crs) {
		String answer = JsonMapper.builder().build()
			.writeValueAsString(new BaseMapProperties(TILES, "test tiles", crs, List.of(), 18));
		Map<String, Object> added = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", ANSWER.formatted(answer)));
		return new ConfiguredBaseMap(browser, added.get("identifier"));
	}

	/**
	 * The point in the tiles' own coordinates ([lon, lat]) that the tiles of the map {@code mapId} show at the
	 * viewport's pixel (x, y), found from where one loaded tile lies and which tile it is (Web Mercator).
	 */
	static double[] shownAt(ChromeDriver browser, String mapId, double x, double y) {
		@SuppressWarnings("unchecked")
		Map<String, Object> tile = (Map<String, Object>) browser.executeScript("""
				const tile = document.querySelector('#' + arguments[0] + ' .base-tiles img.leaflet-tile-loaded');
				const box = tile.getBoundingClientRect();
				return { src: tile.getAttribute('src'), left: box.left, top: box.top, width: box.width,
				  height: box.height };""", mapId);
		Matcher zxy = Pattern.compile("z=(\\d+)&x=(\\d+)&y=(\\d+)").matcher((String) tile.get("src"));
		if (!zxy.find()) {
			throw new AssertionError("not one of the configured tiles: " + tile.get("src"));
		}
		double tiles = Math.pow(2, Integer.parseInt(zxy.group(1)));
		double column = Integer.parseInt(zxy.group(2)) + (x - number(tile, "left")) / number(tile, "width");
		double row = Integer.parseInt(zxy.group(3)) + (y - number(tile, "top")) / number(tile, "height");
		return new double[] { column / tiles * 360 - 180,
				Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * row / tiles)))) };
	}

	private static double number(Map<String, Object> values, String key) {
		return ((Number) values.get(key)).doubleValue();
	}

	@Override
	public void close() {
		browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
	}
}
