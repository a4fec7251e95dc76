import { get } from '../api.js';
import { h, inject, onBeforeUnmount, onMounted, ref } from '../vue.js';

/**
 * Where the case is, on a small Leaflet map. There are no map tiles offline, so the case's own grid (the leaf of its
 * primary trail) is drawn as the background, with the case's point on it.
 */
export const CaseMap = {
	props: { view: Object },
	setup(props) {
		const { t } = inject('i18n');
		const element = ref(null);
		let map = null;

		onMounted(async () => {
			const { lat, lon } = props.view;
			map = window.L.map(element.value, { attributionControl: false, scrollWheelZoom: false })
				.setView([lat, lon], 16);
			window.L.circleMarker([lat, lon], { radius: 8, color: '#b3261e', weight: 3, fillColor: '#ff5449',
				fillOpacity: 0.9 }).addTo(map);
			const trail = (props.view.gridTrails || []).find((candidate) => candidate.layer === props.view.primaryLayer)
				|| (props.view.gridTrails || [])[0];
			const leaf = trail && trail.grids[0];
			let drawn = 0;
			if (leaf) {
				try {
					const feature = await get(`/api/v1/layers/${encodeURIComponent(trail.layer)}/grids/${encodeURIComponent(leaf.code)}`);
					if (map) {
						const outline = window.L.geoJSON(feature, { style: { color: '#0b57d0', weight: 2, fillColor: '#d3e3fd',
							fillOpacity: 0.5 } }).addTo(map);
						outline.bringToBack();
						map.fitBounds(outline.getBounds(), { padding: [12, 12], maxZoom: 18 });
						drawn = 1;
					}
				}
				catch {
					drawn = 0;
				}
			}
			if (element.value) {
				element.value.dataset.drawn = String(drawn);
			}
		});

		onBeforeUnmount(() => {
			if (map) {
				map.remove();
				map = null;
			}
		});

		return () => h('div', { id: 'case-map', ref: element, role: 'application', 'aria-label': t('detail.mapLabel') });
	},
};
