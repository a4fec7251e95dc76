/* global L */
import { createMap, loadBaseMap } from '../basemap.js';
import { h, inject, onBeforeUnmount, onMounted, ref, watch } from '../vue.js';

let baseMap = null;

/** The district's base map, asked for once per visit however many maps the page shows. */
function baseMapOnce() {
	if (!baseMap) {
		baseMap = loadBaseMap();
	}
	return baseMap;
}

/**
 * A Leaflet map over the district's base map (see basemap.js), or a plain background without one or offline: the
 * worker's grid outlines, their position and, when {@code pickable}, a tap on the map picks the point (for a device
 * with no fix, or to adjust it). Points come and go in WGS-84 whatever the tiles are drawn in.
 */
export const FieldMap = {
	props: {
		features: { type: Array, default: () => [] },
		position: Object,
		track: { type: Array, default: () => [] },
		pickable: Boolean,
		mapId: { type: String, default: 'field-map' },
	},
	emits: ['pick'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		const element = ref(null);
		let base = null;
		let outlines = null;
		let marks = null;
		let shownPosition = false;

		function draw(fit) {
			outlines.clearLayers();
			marks.clearLayers();
			for (const feature of props.features) {
				base.geoJSON(feature, { style: { color: '#0b5cad', weight: 2, fillOpacity: 0.06 } })
					.bindTooltip(feature.properties && (feature.properties.name || feature.properties.code) || '')
					.addTo(outlines);
			}
			if (props.track.length > 1) {
				L.polyline(props.track.map((point) => base.toDisplay(point.lon, point.lat)), { color: '#8a4b00', weight: 3 })
					.addTo(marks);
			}
			if (props.position) {
				const at = base.toDisplay(props.position.lon, props.position.lat);
				if (props.position.accuracy) {
					L.circle(at, { radius: props.position.accuracy, color: '#b3261e', weight: 1, fillOpacity: 0.1 })
						.addTo(marks);
				}
				L.circleMarker(at, { radius: 8, color: '#ffffff', weight: 3, fillColor: '#b3261e', fillOpacity: 1,
					className: 'own-position' }).addTo(marks);
			}
			if (fit) {
				shownPosition = Boolean(props.position);
				const bounds = L.featureGroup([outlines, marks]).getBounds();
				if (bounds.isValid()) {
					base.map.fitBounds(bounds.pad(0.15), { maxZoom: 17 });
				}
			}
		}

		onMounted(async () => {
			const config = await baseMapOnce();
			if (!element.value) {
				return;
			}
			base = createMap(element.value, config, { lon: 110, lat: 30, zoom: 4 });
			outlines = L.featureGroup().addTo(base.map);
			marks = L.featureGroup().addTo(base.map);
			base.map.on('click', (event) => {
				if (props.pickable) {
					const [lon, lat] = base.fromDisplay(event.latlng);
					emit('pick', { lon, lat, accuracy: null, source: 'map', at: new Date().toISOString() });
				}
			});
			draw(true);
		});
		onBeforeUnmount(() => {
			if (base) {
				base.map.remove();
				base = null;
			}
		});
		watch(() => props.features, () => base && draw(true));
		watch(() => [props.position, props.track], () => base && draw(Boolean(props.position) && (!shownPosition
			|| !base.map.getBounds().contains(base.toDisplay(props.position.lon, props.position.lat)))));

		return () => h('div', {
			ref: element,
			id: props.mapId,
			class: ['field-map', props.pickable ? 'pickable' : null],
			role: 'region',
			'aria-label': props.pickable ? t('map.pickLabel') : t('map.label'),
		});
	},
};
