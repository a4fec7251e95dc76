/**
 * The device's position and simple geometry for the field page. Positions are WGS-84 as the browser gives them.
 */

/** The current position once, or a rejection when the device has no fix, refuses, or takes too long. */
export function locate(timeout = 15000) {
	return new Promise((resolve, reject) => {
		if (!navigator.geolocation) {
			reject(new Error('no-geolocation'));
			return;
		}
		navigator.geolocation.getCurrentPosition((position) => resolve(fromPosition(position, 'gps')), reject,
			{ enableHighAccuracy: true, timeout, maximumAge: 30000 });
	});
}

/** A browser position as the page keeps it. */
export function fromPosition(position, source) {
	return { lon: position.coords.longitude, lat: position.coords.latitude,
		accuracy: Math.round(position.coords.accuracy ?? 0), source,
		at: new Date(position.timestamp || Date.now()).toISOString() };
}

/** The middle of a grid's outline (the mean of its outer ring's vertices), for a worker without a fix. */
export function centreOf(feature) {
	const geometry = feature && feature.geometry;
	if (!geometry) {
		return null;
	}
	const ring = geometry.type === 'MultiPolygon' ? geometry.coordinates[0][0] : geometry.coordinates[0];
	const points = ring.slice(0, -1);
	const lon = points.reduce((sum, point) => sum + point[0], 0) / points.length;
	const lat = points.reduce((sum, point) => sum + point[1], 0) / points.length;
	return { lon, lat, accuracy: null, source: 'grid', at: new Date().toISOString() };
}
