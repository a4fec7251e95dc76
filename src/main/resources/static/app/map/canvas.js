/* global L */

/** Line colours of the layers; red, orange and purple stay free for the coverage findings. */
const PALETTE = ['#0550ae', '#1a7f37', '#0a7e8c', '#9a6700', '#57606a', '#bf3989', '#4d2d00', '#1f6feb'];

/** The fill of a case pin by the stage its state belongs to; the ring shows the light. */
export const STATE_COLOURS = {
	intake: '#0969da',
	dispatch: '#8250df',
	handling: '#0a7e8c',
	check: '#9a6700',
	other: '#57606a',
};

/** The stage each open state waits in (accept, dispatch, handle, check), for the pin's colour. */
const STATE_GROUPS = {
	REPORTED: 'intake', AWAITING_VERIFICATION: 'intake',
	ACCEPTED: 'dispatch', FILED: 'dispatch', ARBITRATION: 'dispatch', RETURNED: 'dispatch',
	DISPATCHED: 'handling', HANDLING: 'handling',
	HANDLED: 'check', CHECKED: 'check',
};

export function stateGroup(state) {
	return STATE_GROUPS[state] || 'other';
}

export const LIGHT_COLOURS = { GREEN: '#ffffff', YELLOW: '#e3b341', RED: '#d1242f' };

export const FINDING_COLOURS = { gap: '#d1242f', overlap: '#e16f24', spill: '#8250df', split: '#bf3989' };

/**
 * What the map page draws on its base map: one group per grid layer (filtered by level), the case pins, the coverage
 * findings and the chosen grid's outline. Leaflet objects live here, outside Vue's reactivity.
 */
export class GridCanvas {

	constructor(base, { onGridClick, onCaseClick }) {
		this.base = base;
		this.map = base.map;
		this.layers = new Map();
		this.findings = L.featureGroup().addTo(this.map);
		this.pins = L.featureGroup().addTo(this.map);
		this.highlight = L.featureGroup().addTo(this.map);
		this.onGridClick = onGridClick;
		this.onCaseClick = onCaseClick;
	}

	colourOf(index) {
		return PALETTE[index % PALETTE.length];
	}

	hasLayer(code) {
		return this.layers.has(code);
	}

	/** Keeps a layer's exported FeatureCollection and draws it at `level` ('' for every level). */
	setLayer(code, collection, colour, level) {
		this.removeLayer(code);
		const features = [...collection.features].sort((a, b) => a.properties.levelIndex - b.properties.levelIndex);
		const entry = { features, colour, level, group: L.featureGroup() };
		this.layers.set(code, entry);
		this.redraw(code);
		entry.group.addTo(this.map);
		this.findings.bringToFront();
		this.pins.bringToFront();
	}

	removeLayer(code) {
		const entry = this.layers.get(code);
		if (entry) {
			entry.group.remove();
			this.layers.delete(code);
		}
	}

	setVisible(code, visible) {
		const entry = this.layers.get(code);
		if (entry) {
			if (visible) {
				entry.group.addTo(this.map);
				this.pins.bringToFront();
			}
			else {
				entry.group.remove();
			}
		}
	}

	setLevel(code, level) {
		const entry = this.layers.get(code);
		if (entry) {
			entry.level = level;
			this.redraw(code);
		}
	}

	/** How many grids of the layer are drawn now. */
	drawn(code) {
		const entry = this.layers.get(code);
		return entry ? entry.shown : 0;
	}

	features(code) {
		const entry = this.layers.get(code);
		return entry ? entry.features : [];
	}

	redraw(code) {
		const entry = this.layers.get(code);
		entry.group.clearLayers();
		const shown = entry.features.filter((feature) => !entry.level || feature.properties.level === entry.level);
		entry.shown = shown.length;
		this.base.geoJSON({ type: 'FeatureCollection', features: shown }, {
			style: (feature) => ({
				color: entry.colour,
				weight: Math.max(1, 3.25 - 0.75 * feature.properties.levelIndex),
				opacity: 0.9,
				fillColor: entry.colour,
				fillOpacity: 0.05,
				className: `grid-path grid-layer-${code} grid-code-${feature.properties.code}`,
			}),
			onEachFeature: (feature, path) => {
				path.bindTooltip(`${feature.properties.name} (${feature.properties.level})`, { sticky: true });
				path.on('click', () => {
					this.outline(feature);
					this.onGridClick(feature.properties);
				});
			},
		}).addTo(entry.group);
	}

	/** Zooms to every drawn layer. */
	fitToLayers() {
		this.base.fit([...this.layers.values()].map((entry) => entry.group).filter((group) => this.map.hasLayer(group)));
	}

	/** Draws the cases as pins: the fill by the state's stage, the ring by the light. */
	showCases(cases, describe) {
		this.pins.clearLayers();
		for (const item of cases) {
			const group = stateGroup(item.state);
			const light = item.light || 'GREEN';
			L.circleMarker(this.base.toDisplay(item.lon, item.lat), {
				radius: 7, weight: light === 'GREEN' ? 1.5 : 3.5, color: light === 'GREEN' ? '#24292f' : LIGHT_COLOURS[light],
				fillColor: STATE_COLOURS[group], fillOpacity: 0.95,
				className: `case-pin case-pin-${item.id} case-state-${item.state} case-group-${group} case-light-${light}`,
			}).bindTooltip(describe(item)).on('click', () => this.onCaseClick(item)).addTo(this.pins);
		}
		this.pins.bringToFront();
	}

	/** Replaces the coverage findings with [{ geometry, kind, label }]. */
	showFindings(pieces) {
		this.findings.clearLayers();
		for (const piece of pieces) {
			this.base.geoJSON(piece.geometry, {
				style: { color: FINDING_COLOURS[piece.kind], weight: 2, dashArray: piece.kind === 'split' ? '6 4' : null,
					fillColor: FINDING_COLOURS[piece.kind], fillOpacity: 0.4, className: `finding finding-${piece.kind}` },
			}).bindTooltip(piece.label, { sticky: true }).addTo(this.findings);
		}
		this.findings.bringToFront();
		this.pins.bringToFront();
	}

	fitToFindings() {
		this.base.fit([this.findings]);
	}

	/** Outlines one grid, and zooms to it when asked. */
	outline(feature, zoom = false) {
		this.highlight.clearLayers();
		const shape = this.base.geoJSON(feature, {
			style: { color: '#f2cc0c', weight: 4, fill: false, className: 'highlight-path' }, interactive: false,
		}).addTo(this.highlight);
		if (zoom) {
			this.base.fit([shape]);
		}
	}

	/** The box the map shows, in WGS-84 degrees, as minLon,minLat,maxLon,maxLat. */
	bbox() {
		const bounds = this.map.getBounds();
		const [west, south] = this.base.fromDisplay(bounds.getSouthWest());
		const [east, north] = this.base.fromDisplay(bounds.getNorthEast());
		const clamp = (value, limit) => Math.max(-limit, Math.min(limit, value));
		return [clamp(west, 180), clamp(south, 90), clamp(east, 180), clamp(north, 90)]
			.map((value) => value.toFixed(6)).join(',');
	}
}
