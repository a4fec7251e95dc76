import { get } from '../api.js';
import { createMap, loadBaseMap } from '../basemap.js';
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
 * Where the case is, on a small map over the district's base map (see basemap.js; a plain background without one),
 * with the case's own grid and point on it. Leaflet arrives with the first map the page shows (see leaflet.js), while
 * the grid and the base map are read; the map carries data-drawn="1" once the grid is drawn, "0" when it cannot be.
 * A click on the map chooses a WGS-84 point (shown as a ring) for a form that takes one, such as 重新定位.
 */
export const CaseMap = {
	props: { view: Object },
	setup(props) {
		const { t } = inject('i18n');
		const element = ref(null);
		const picked = inject('mapPick', null);
		let base = null;
		let leaflet = null;
		let pickMarker = null;

		if (picked) {
			watch(picked, (point) => {
				if (pickMarker) {
					pickMarker.remove();
					pickMarker = null;
				}
				if (point && base && leaflet) {
					pickMarker = leaflet.circleMarker(base.toDisplay(point.lon, point.lat), { radius: 9, color: '#0b57d0',
						weight: 3, fill: false, className: 'picked-point' }).addTo(base.map);
				}
			});
		}

		onMounted(async () => {
			const outline = leafOutline(props.view);
			const config = loadBaseMap();
			const L = await loadLeaflet().catch(() => null);
			const tiles = await config;
			if (!L || !element.value) {
				if (element.value) {
					element.value.dataset.drawn = '0';
				}
				return;
			}
			const { lat, lon } = props.view;
			base = createMap(element.value, tiles, { lon, lat, zoom: 16 });
			base.map.scrollWheelZoom.disable();
			L.circleMarker(base.toDisplay(lon, lat), { radius: 8, color: '#b3261e', weight: 3, fillColor: '#ff5449',
				fillOpacity: 0.9, className: 'case-point' }).addTo(base.map);
			leaflet = L;
			if (picked) {
				base.map.on('click', (event) => {
					const [pickedLon, pickedLat] = base.fromDisplay(event.latlng);
					picked.value = { lon: Number(pickedLon.toFixed(6)), lat: Number(pickedLat.toFixed(6)) };
				});
			}
			const feature = await outline;
			let drawn = 0;
			if (feature && base) {
				const grid = base.geoJSON(feature, { style: { color: '#0b57d0', weight: 2, fillColor: '#d3e3fd',
					fillOpacity: tiles.url ? 0.15 : 0.5, className: 'case-grid' } }).addTo(base.map);
				grid.bringToBack();
				base.fit([grid], 18);
				drawn = 1;
			}
			if (element.value) {
				element.value.dataset.drawn = String(drawn);
			}
		});

		onBeforeUnmount(() => {
			if (base) {
				base.map.remove();
				base = null;
				pickMarker = null;
			}
		});

		return () => h('div', { id: 'case-map', ref: element, role: 'application', 'aria-label': t('detail.mapLabel'),
			'data-picked': picked && picked.value ? `${picked.value.lon},${picked.value.lat}` : '' });
	},
};
