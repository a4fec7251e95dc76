/* global L */
import { get } from './api.js';

/**
 * The base map every OneGrid page draws on: Leaflet with the district's tiles, or a plain background when there are
 * none or none can be reached, and the coordinate shift the tiles need.
 *
 * Contract:
 * - Data in OneGrid's API is WGS-84 (lon, lat). Tiles are drawn in WGS-84 (Tianditu, OpenStreetMap) or GCJ-02 (AMap,
 *   Tencent), as GET /api/v1/map/base says in `crs`.
 * - `loadBaseMap()` reads that configuration; `createMap(element, config, view)` makes the map, first showing
 *   `view` ({ lon, lat, zoom } in WGS-84; by default where the demo district lies), and returns a handle:
 *   - `map`: the Leaflet map, for adding layers;
 *   - `toDisplay(lon, lat)`: a WGS-84 point as the Leaflet LatLng to draw it at;
 *   - `fromDisplay(latLng)`: a point picked on the map as WGS-84 `[lon, lat]`;
 *   - `geoJSON(data, options)`: L.geoJSON for WGS-84 GeoJSON, drawn where the tiles show it;
 *   - `fit(layers)`: zooms to the bounds of the given Leaflet layers;
 *   - `state()`: 'none' (no tiles configured), 'loading', 'ok' or 'unreachable' (tiles failed: the plain
 *     background is shown, never broken images). The map element carries it as `data-base-map`.
 * - `wgs84ToGcj02` and `gcj02ToWgs84` are the published GCJ-02 formulas; points outside China are left unchanged,
 *   as OneGrid's server does (org.onegrid.geo.Crs).
 */

const A = 6378245.0;
const EE = 0.00669342162296594323;

function outsideChina(lon, lat) {
	return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function latitudeShift(x, y) {
	let shift = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
	shift += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
	shift += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
	shift += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
	return shift;
}

function longitudeShift(x, y) {
	let shift = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
	shift += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
	shift += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
	shift += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
	return shift;
}

/** A WGS-84 point shifted onto GCJ-02, as [lon, lat]. */
export function wgs84ToGcj02(lon, lat) {
	if (outsideChina(lon, lat)) {
		return [lon, lat];
	}
	const x = lon - 105.0;
	const y = lat - 35.0;
	const radLat = lat / 180.0 * Math.PI;
	const magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
	const sqrtMagic = Math.sqrt(magic);
	const dLat = latitudeShift(x, y) * 180.0 / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
	const dLon = longitudeShift(x, y) * 180.0 / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
	return [lon + dLon, lat + dLat];
}

/** A GCJ-02 point shifted back onto WGS-84, as [lon, lat], corrected until it is within 1e-11°. */
export function gcj02ToWgs84(lon, lat) {
	let guessLon = lon;
	let guessLat = lat;
	for (let i = 0; i < 30; i++) {
		const [forwardLon, forwardLat] = wgs84ToGcj02(guessLon, guessLat);
		const errLon = forwardLon - lon;
		const errLat = forwardLat - lat;
		if (Math.abs(errLon) < 1e-11 && Math.abs(errLat) < 1e-11) {
			break;
		}
		guessLon -= errLon;
		guessLat -= errLat;
	}
	return [guessLon, guessLat];
}

/** The district's base map: { url, attribution, crs, subdomains, maxZoom }; no tiles if it cannot be read. */
export async function loadBaseMap() {
	try {
		return await get('/api/v1/map/base');
	}
	catch {
		return { url: '', attribution: '', crs: 'WGS84', subdomains: [], maxZoom: 18 };
	}
}

/** How many tiles may fail, with none loaded, before the base map counts as unreachable. */
const FAILURES_BEFORE_GIVING_UP = 4;

/** Makes a map in `element` on the configured tiles; see the contract above. */
export function createMap(element, config = {}, view = { lon: 121.23, lat: 31.03, zoom: 11 }) {
	const gcj = String(config.crs || 'WGS84').toUpperCase().replace('-', '') === 'GCJ02';
	const toDisplay = (lon, lat) => {
		const [x, y] = gcj ? wgs84ToGcj02(lon, lat) : [lon, lat];
		return L.latLng(y, x);
	};
	const map = L.map(element, { zoomSnap: 0.25, attributionControl: Boolean(config.url), preferCanvas: false,
		maxZoom: config.maxZoom || 18 }).setView(toDisplay(view.lon, view.lat), view.zoom);
	L.control.scale({ imperial: false }).addTo(map);
	let state = config.url ? 'loading' : 'none';
	const mark = () => { element.dataset.baseMap = state; };
	mark();
	if (config.url) {
		let loaded = 0;
		let failed = 0;
		const subdomains = config.subdomains && config.subdomains.length ? config.subdomains : ['a', 'b', 'c'];
		const tiles = L.tileLayer(config.url, { attribution: config.attribution || '', subdomains,
			maxZoom: config.maxZoom || 18, className: 'base-tiles' });
		tiles.on('tileload', () => {
			loaded++;
			state = 'ok';
			mark();
		});
		tiles.on('tileerror', (event) => {
			event.tile.style.visibility = 'hidden';
			failed++;
			if (loaded === 0 && failed >= FAILURES_BEFORE_GIVING_UP) {
				state = 'unreachable';
				mark();
				tiles.remove();
			}
		});
		tiles.addTo(map);
	}
	element.dataset.moving = 'false';
	map.on('movestart zoomstart', () => { element.dataset.moving = 'true'; });
	map.on('moveend zoomend', () => { element.dataset.moving = 'false'; });

	const fromDisplay = (latLng) => (gcj ? gcj02ToWgs84(latLng.lng, latLng.lat) : [latLng.lng, latLng.lat]);
	const geoJSON = (data, options = {}) => L.geoJSON(data, {
		...options, coordsToLatLng: (coords) => toDisplay(coords[0], coords[1]) });
	const fit = (layers, maxZoom = 17) => {
		const bounds = L.latLngBounds([]);
		layers.filter((layer) => layer && layer.getLayers && layer.getLayers().length)
			.forEach((layer) => bounds.extend(layer.getBounds()));
		if (bounds.isValid()) {
			map.fitBounds(bounds, { padding: [24, 24], maxZoom });
		}
	};
	return { map, toDisplay, fromDisplay, geoJSON, fit, gcj, state: () => state };
}
