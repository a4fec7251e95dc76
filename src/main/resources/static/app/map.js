/* global L */

/** Line colours of the layers; red, orange and purple stay free for the coverage highlights. */
const PALETTE = ['#1f6feb', '#1a7f37', '#0a7e8c', '#9a6700', '#57606a', '#bf3989', '#0550ae', '#4d2d00'];

export const HIGHLIGHT = { gap: '#d1242f', overlap: '#e16f24', spill: '#8250df', grid: '#f2cc0c', point: '#d1242f' };

/**
 * The map on the right: one Leaflet group per grid layer, drawn on a plain background (no tiles, no internet),
 * plus groups for analysis highlights and the located point.
 */
export class GridMap {

	constructor(elementId, { onGridClick, onMapClick }) {
		this.map = L.map(elementId, { zoomSnap: 0.25, attributionControl: false, preferCanvas: false })
			.setView([0, 0], 2);
		L.control.scale({ imperial: false }).addTo(this.map);
		this.layers = new Map();
		this.analysis = L.featureGroup().addTo(this.map);
		this.highlight = L.featureGroup().addTo(this.map);
		this.point = L.featureGroup().addTo(this.map);
		this.onGridClick = onGridClick;
		this.map.on('click', (event) => onMapClick(event.latlng));
		const container = this.map.getContainer();
		container.dataset.moving = 'false';
		this.map.on('movestart zoomstart', () => { container.dataset.moving = 'true'; });
		this.map.on('moveend zoomend', () => { container.dataset.moving = 'false'; });
	}

	colourOf(index) {
		return PALETTE[index % PALETTE.length];
	}

	/** Draws a layer's exported FeatureCollection, deeper levels on top with thinner lines. */
	setLayer(code, collection, colour) {
		this.removeLayer(code);
		const features = [...collection.features].sort((a, b) => a.properties.levelIndex - b.properties.levelIndex);
		const entry = { features, colour, level: '', group: L.featureGroup(), visible: true };
		this.layers.set(code, entry);
		this.redraw(code);
		entry.group.addTo(this.map);
	}

	removeLayer(code) {
		const entry = this.layers.get(code);
		if (entry) {
			entry.group.remove();
			this.layers.delete(code);
		}
	}

	hasLayer(code) {
		return this.layers.has(code);
	}

	setVisible(code, visible) {
		const entry = this.layers.get(code);
		if (!entry) {
			return;
		}
		entry.visible = visible;
		if (visible) {
			entry.group.addTo(this.map);
		}
		else {
			entry.group.remove();
		}
	}

	/** Shows only the grids of one level name, or all levels for ''. */
	setLevel(code, levelName) {
		const entry = this.layers.get(code);
		if (entry) {
			entry.level = levelName;
			this.redraw(code);
		}
	}

	redraw(code) {
		const entry = this.layers.get(code);
		entry.group.clearLayers();
		const shown = entry.features.filter((feature) => !entry.level || feature.properties.level === entry.level);
		L.geoJSON({ type: 'FeatureCollection', features: shown }, {
			style: (feature) => ({
				color: entry.colour,
				weight: Math.max(0.75, 3.25 - 0.75 * feature.properties.levelIndex),
				opacity: 0.9,
				fillColor: entry.colour,
				fillOpacity: 0.04,
				className: `grid-path grid-layer-${code} grid-code-${feature.properties.code}`,
			}),
			onEachFeature: (feature, path) => {
				path.bindTooltip(feature.properties.name, { sticky: true });
				path.on('click', () => {
					this.showGrid(feature, false);
					this.onGridClick(feature.properties);
				});
			},
		}).addTo(entry.group);
	}

	/** Fits the view to every visible layer. */
	fitToData() {
		const bounds = L.latLngBounds([]);
		for (const entry of this.layers.values()) {
			if (entry.visible && entry.group.getLayers().length) {
				bounds.extend(entry.group.getBounds());
			}
		}
		if (bounds.isValid()) {
			this.map.fitBounds(bounds, { padding: [20, 20] });
		}
	}

	/** Fits the view to one layer. */
	fitToLayer(code) {
		const entry = this.layers.get(code);
		if (entry && entry.group.getLayers().length) {
			this.map.fitBounds(entry.group.getBounds(), { padding: [20, 20] });
		}
	}

	/** Replaces the analysis highlights with [{geometry, kind, label}]. */
	showAnalysis(pieces) {
		this.analysis.clearLayers();
		for (const piece of pieces) {
			L.geoJSON(piece.geometry, {
				style: { color: HIGHLIGHT[piece.kind], weight: 2, fillColor: HIGHLIGHT[piece.kind], fillOpacity: 0.45,
					className: `analysis-path analysis-${piece.kind}` },
			}).bindTooltip(piece.label, { sticky: true }).addTo(this.analysis);
		}
		this.analysis.bringToFront();
	}

	clearAnalysis() {
		this.analysis.clearLayers();
	}

	/** Outlines one grid feature, and zooms to it when asked. */
	showGrid(feature, zoom = true) {
		this.highlight.clearLayers();
		const shape = L.geoJSON(feature, {
			style: { color: HIGHLIGHT.grid, weight: 4, fill: false, className: 'highlight-path' },
			interactive: false,
		}).addTo(this.highlight);
		shape.bringToFront();
		if (zoom) {
			this.map.fitBounds(shape.getBounds(), { padding: [40, 40], maxZoom: 17 });
		}
	}

	zoomTo(geometry) {
		const bounds = L.geoJSON(geometry).getBounds();
		if (bounds.isValid()) {
			this.map.fitBounds(bounds, { padding: [40, 40], maxZoom: 17 });
		}
	}

	markPoint(lon, lat) {
		this.point.clearLayers();
		L.circleMarker([lat, lon], { radius: 7, color: '#fff', weight: 2, fillColor: HIGHLIGHT.point, fillOpacity: 1,
			className: 'located-point', interactive: false }).addTo(this.point);
	}
}
