/* global L */
import { h, inject, onBeforeUnmount, onMounted, ref, watch } from '../vue.js';

/**
 * A plain Leaflet map without tiles, so that it works offline: the worker's grid outlines, their position and,
 * when {@code pickable}, a tap on the map picks the point (for a device with no fix, or to adjust it).
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
		let map = null;
		let outlines = null;
		let marks = null;

		function draw(fit) {
			outlines.clearLayers();
			marks.clearLayers();
			for (const feature of props.features) {
				L.geoJSON(feature, { style: { color: '#0b5cad', weight: 2, fillOpacity: 0.06 } })
					.bindTooltip(feature.properties && (feature.properties.name || feature.properties.code) || '')
					.addTo(outlines);
			}
			if (props.track.length > 1) {
				L.polyline(props.track.map((point) => [point.lat, point.lon]), { color: '#8a4b00', weight: 3 })
					.addTo(marks);
			}
			if (props.position) {
				const at = [props.position.lat, props.position.lon];
				if (props.position.accuracy) {
					L.circle(at, { radius: props.position.accuracy, color: '#b3261e', weight: 1, fillOpacity: 0.1 })
						.addTo(marks);
				}
				L.circleMarker(at, { radius: 8, color: '#ffffff', weight: 3, fillColor: '#b3261e', fillOpacity: 1 })
					.addTo(marks);
			}
			if (fit) {
				const bounds = L.featureGroup([outlines, marks]).getBounds();
				if (bounds.isValid()) {
					map.fitBounds(bounds.pad(0.15), { maxZoom: 17 });
				}
			}
		}

		onMounted(() => {
			map = L.map(element.value, { attributionControl: false, zoomSnap: 0.5, keyboard: true })
				.setView([30, 110], 4);
			L.control.scale({ imperial: false }).addTo(map);
			outlines = L.featureGroup().addTo(map);
			marks = L.featureGroup().addTo(map);
			map.on('click', (event) => {
				if (props.pickable) {
					emit('pick', { lon: event.latlng.lng, lat: event.latlng.lat, accuracy: null, source: 'map',
						at: new Date().toISOString() });
				}
			});
			draw(true);
		});
		onBeforeUnmount(() => {
			if (map) {
				map.remove();
				map = null;
			}
		});
		watch(() => props.features, () => map && draw(true));
		watch(() => [props.position, props.track], () => map && draw(Boolean(props.position)
			&& !map.getBounds().contains([props.position.lat, props.position.lon])));

		return () => h('div', {
			ref: element,
			id: props.mapId,
			class: ['field-map', props.pickable ? 'pickable' : null],
			role: 'region',
			'aria-label': props.pickable ? t('map.pickLabel') : t('map.label'),
		});
	},
};
