package org.onegrid.web;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The base map under the grids ({@code onegrid.map.tiles.*}): a tile server's URL template and how to show it.
 * Without a URL the pages draw grids and cases on a plain background, which is what a machine without internet
 * needs; the README lists templates for Tianditu, AMap and OpenStreetMap.
 *
 * @param url a template with {@code {z}}, {@code {x}}, {@code {y}} and optionally {@code {s}} for a subdomain; empty
 * for no base map
 * @param attribution the credit the tile provider asks for, shown in the map's corner
 * @param crs {@code WGS84} or {@code GCJ02}: the coordinates the tiles are drawn in; with GCJ-02 tiles (AMap,
 * Tencent) the pages shift WGS-84 data onto them and shift picked points back
 * @param subdomains the values of {@code {s}}, such as {@code 1,2,3,4} or {@code 0..7}
 * @param maxZoom the deepest zoom level the server has tiles for
 */
@ConfigurationProperties("onegrid.map.tiles")
public record BaseMapProperties(@DefaultValue("") String url, @DefaultValue("") String attribution,
		@DefaultValue("WGS84") String crs, @DefaultValue("") List<String> subdomains,
		@DefaultValue("18") int maxZoom) {

	public BaseMapProperties {
		crs = crs.strip().toUpperCase(Locale.ROOT).replace("-", "");
		if (!crs.equals("WGS84") && !crs.equals("GCJ02")) {
			throw new IllegalArgumentException("onegrid.map.tiles.crs is WGS84 or GCJ02, not " + crs);
		}
		if (maxZoom < 1 || maxZoom > 22) {
			throw new IllegalArgumentException("onegrid.map.tiles.max-zoom is from 1 to 22, not " + maxZoom);
		}
		url = url.strip();
		subdomains = subdomains.stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
	}
}
