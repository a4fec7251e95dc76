import { get } from '../api.js';
import { loadLeaflet } from '../leaflet.js';
import { h, inject, onBeforeUnmount, onMounted, ref, watch } from '../vue.js';

/** The outline of the case's own grid (the leaf of its primary trail) as GeoJSON, or null when there is none. */
async function leafOutline(view) {
	const trail = (view.gridTrails || []).find((candidate) => candidate.layer === view.primaryLayer)
		|| (view.gridTrails || [])[0];
	const leaf = trail && trail.grids[0];
	if (!leaf) {
		return null;
	}
	try {
		return await get(`/api/v1/layers/${encodeURIComponent(trail.layer)}/grids/${encodeURIComponent(leaf.code)}`);
	}
	catch {
		return null;
	}
}

/**
 * Where the case is, on a small Leaflet map. There are no map tiles offline, so the case's own grid is drawn as the
 * background, with the case's point on it. Leaflet arrives with the first map the page shows (see leaflet.js), while
 * the grid is read; the map carries data-drawn="1" once the grid is drawn, "0" when it cannot be. A click on the map
 * chooses a point (shown as a ring) for a form that takes one, such as 重新定位.
 */
export const CaseMap = {
	props: { view: Object },
	setup(props) {
		const { t } = inject('i18n');
		const element = ref(null);
		const picked = inject('mapPick', null);
		let map = null;
		let leaflet = null;
		let pickMarker = null;

		if (picked) {
			watch(picked, (point) => {
				if (pickMarker) {
					pickMarker.remove();
					pickMarker = null;
				}
				if (point && map && leaflet) {
					pickMarker = leaflet.circleMarker([point.lat, point.lon], { radius: 9, color: '#0b57d0', weight: 3,
						fill: false }).addTo(map);
				}
			});
		}

		onMounted(async () => {
			const outline = leafOutline(props.view);
			const L = await loadLeaflet().catch(() => null);
			if (!L || !element.value) {
				if (element.value) {
					element.value.dataset.drawn = '0';
				}
				return;
			}
			const { lat, lon } = props.view;
			map = L.map(element.value, { attributionControl: false, scrollWheelZoom: false }).setView([lat, lon], 16);
			L.circleMarker([lat, lon], { radius: 8, color: '#b3261e', weight: 3, fillColor: '#ff5449',
				fillOpacity: 0.9 }).addTo(map);
			leaflet = L;
			if (picked) {
				map.on('click', (event) => {
					picked.value = { lon: Number(event.latlng.lng.toFixed(6)), lat: Number(event.latlng.lat.toFixed(6)) };
				});
			}
			const feature = await outline;
			let drawn = 0;
			if (feature && map) {
				const grid = L.geoJSON(feature, { style: { color: '#0b57d0', weight: 2, fillColor: '#d3e3fd',
					fillOpacity: 0.5 } }).addTo(map);
				grid.bringToBack();
				map.fitBounds(grid.getBounds(), { padding: [12, 12], maxZoom: 18 });
				drawn = 1;
			}
			if (element.value) {
				element.value.dataset.drawn = String(drawn);
			}
		});

		onBeforeUnmount(() => {
			if (map) {
				map.remove();
				map = null;
				pickMarker = null;
			}
		});

		return () => h('div', { id: 'case-map', ref: element, role: 'application', 'aria-label': t('detail.mapLabel'),
			'data-picked': picked && picked.value ? `${picked.value.lon},${picked.value.lat}` : '' });
	},
};
