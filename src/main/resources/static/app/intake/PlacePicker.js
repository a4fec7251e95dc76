/* global L */
import { api, get } from '../api.js';
import { createMap, loadBaseMap } from '../basemap.js';
import { h, inject, onMounted, ref, watch } from '../vue.js';
import { described, errorLines } from './fields.js';

/** How many grids a name search lists. */
const SHOWN = 20;

const round = (value) => Math.round(value * 1e6) / 1e6;

/**
 * Where the case is. There is no geocoder offline, so the operator finds the grid or community by name, which
 * zooms the map to it, then clicks the exact spot; the coordinates can also be typed. The point is kept in WGS-84
 * whatever the base map's tiles use, and the grids it lies in are shown.
 */
export const PlacePicker = {
	props: { form: Object, errors: Object },
	setup(props) {
		const { t } = inject('i18n');
		const query = ref('');
		const grids = ref(null);
		const where = ref(null);
		const mapElement = ref(null);
		let base = null;
		let marker = null;
		let outline = null;

		async function loadGrids() {
			if (grids.value !== null) {
				return;
			}
			grids.value = [];
			const layers = await api.layers();
			const lists = await Promise.all(layers.map((layer) => get(`/api/v1/layers/${encodeURIComponent(layer.code)}/grids`)
				.then((list) => list.map((grid) => ({ ...grid, layerName: layer.name })))
				.catch(() => [])));
			grids.value = lists.flat();
		}

		const matches = () => {
			const words = query.value.trim().toLowerCase();
			return !words || !grids.value ? [] : grids.value
				.filter((grid) => grid.name.toLowerCase().includes(words) || grid.code.toLowerCase() === words).slice(0, SHOWN);
		};

		function place(lon, lat) {
			props.form.lon = round(lon);
			props.form.lat = round(lat);
		}

		async function chooseGrid(grid) {
			const feature = await get(`/api/v1/layers/${encodeURIComponent(grid.layer)}/grids/${encodeURIComponent(grid.code)}`);
			if (outline) {
				outline.remove();
			}
			outline = base.geoJSON(feature, { style: { color: '#0550ae', weight: 3, fillOpacity: 0.05 }, interactive: false })
				.addTo(base.map);
			base.fit([outline]);
			const shape = outline.getLayers()[0];
			const [lon, lat] = base.fromDisplay(shape.getCenter ? shape.getCenter() : outline.getBounds().getCenter());
			place(lon, lat);
			query.value = '';
		}

		async function locate() {
			const { lon, lat } = props.form;
			if (lon === null || lat === null || lon === '' || lat === '') {
				where.value = null;
				return;
			}
			const point = base.toDisplay(Number(lon), Number(lat));
			if (!marker) {
				marker = L.circleMarker(point, { radius: 8, color: '#fff', weight: 3, fillColor: '#a40e26', fillOpacity: 1,
					className: 'picked-point', interactive: false }).addTo(base.map);
			}
			marker.setLatLng(point);
			if (!base.map.getBounds().contains(point)) {
				base.map.setView(point, Math.max(base.map.getZoom(), 15));
			}
			mapElement.value.dataset.picked = `${lon},${lat}`;
			try {
				const location = await get('/api/v1/grids/locate', { lon, lat });
				where.value = location.layers.map((path) => `${path.path[0].name}（${path.layerName}）`);
			}
			catch {
				where.value = null;
			}
		}

		watch(() => [props.form.lon, props.form.lat], () => { if (base) { locate(); } });

		/** Outlines the top grids of the district's main layer, so that the operator sees where to click. */
		async function showDistrict() {
			const layers = await api.layers();
			const main = layers.find((layer) => layer.kind === 'ops') || layers[0];
			if (!main) {
				return;
			}
			const path = `/api/v1/layers/${encodeURIComponent(main.code)}/grids`;
			const tops = await get(path, { level: 0 });
			const features = await Promise.all(tops.slice(0, 20).map((grid) => get(`${path}/${encodeURIComponent(grid.code)}`)));
			const district = base.geoJSON({ type: 'FeatureCollection', features }, {
				style: { color: '#57606a', weight: 2, fillOpacity: 0.03, className: 'district-outline' }, interactive: false,
			}).addTo(base.map);
			if (props.form.lon === null) {
				base.fit([district]);
			}
		}

		onMounted(async () => {
			base = createMap(mapElement.value, await loadBaseMap());
			showDistrict().catch(() => {});
			base.map.on('click', (event) => {
				const [lon, lat] = base.fromDisplay(event.latlng);
				place(lon, lat);
			});
			mapElement.value.dataset.ready = 'true';
		});

		const coordinate = (id, key) => h('div', { class: 'field narrow' }, [
			h('label', { for: id }, t(`place.${key}`)),
			h('input', { id, inputmode: 'decimal', value: props.form[key] ?? '', autocomplete: 'off',
				onChange: (event) => {
					const value = event.target.value.trim();
					props.form[key] = value === '' || Number.isNaN(Number(value)) ? null : Number(value);
				}, ...described(props.errors, id, 'place-map-hint') }),
		]);

		return () => h('fieldset', { id: 'place-fields' }, [
			h('legend', {}, t('place.legend')),
			h('p', { id: 'place-no-geocoder', class: 'hint' }, t('place.noGeocoder')),
			h('label', { for: 'place-search' }, t('place.search')),
			h('input', { id: 'place-search', type: 'search', value: query.value, autocomplete: 'off',
				placeholder: t('place.placeholder'), onFocus: loadGrids,
				'aria-controls': query.value.trim() && matches().length ? 'place-list' : null,
				onInput: (event) => { query.value = event.target.value; loadGrids(); },
				onKeydown: (event) => { if (event.key === 'Enter') { event.preventDefault(); const first = matches()[0]; if (first) { chooseGrid(first); } } } }),
			query.value.trim() ? (matches().length ? h('ul', { id: 'place-list', class: 'plain options' }, matches().map((grid) => h('li', {},
				h('button', { type: 'button', class: 'option', id: `place-grid-${grid.layer}-${grid.code}`, onClick: () => chooseGrid(grid) },
					`${grid.name} · ${grid.levelName} · ${grid.layerName}`))))
				: h('p', { class: 'muted' }, t('place.noMatch'))) : null,
			h('div', { id: 'place-map', ref: mapElement, role: 'application', 'aria-label': t('place.map') }),
			h('p', { id: 'place-map-hint', class: 'hint' }, t('place.mapHint')),
			h('div', { class: 'pair' }, [coordinate('place-lon', 'lon'), coordinate('place-lat', 'lat')]),
			errorLines(props.errors, 'place-lon'),
			h('p', { id: 'place-where', role: 'status' }, props.form.lon === null ? t('place.none')
				: where.value === null ? '' : where.value.length ? t('place.in', where.value.join('；')) : t('place.outside')),
		]);
	},
};
