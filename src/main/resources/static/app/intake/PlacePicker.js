/* global L */
import { api, get } from '../api.js';
import { createMap, loadBaseMap } from '../basemap.js';
import { formatTime, useDistrictZone } from '../desk/time.js';
import { h, inject, onMounted, ref, watch } from '../vue.js';
import { described, errorLines } from './fields.js';

/** How many places a name search lists. */
const SHOWN = 20;

/** How many addresses of earlier cases a search lists after the places. */
const PAST = 5;

const round = (value) => Math.round(value * 1e6) / 1e6;

/**
 * Where the case is. There is no street-address geocoder offline, so the operator finds the place by the district's
 * own names (a grid, a community, a unit, a road section), which zooms the map to it and puts the case on a point
 * inside it, or by the address an earlier case was reported at, which puts the case where the latest of them stands;
 * then clicks the exact spot; the coordinates can also be typed. The point is kept in WGS-84
 * whatever the base map's tiles use, and the grids it lies in are shown.
 */
export const PlacePicker = {
	props: { form: Object, errors: Object },
	setup(props) {
		const { t, locale } = inject('i18n');
		const zone = useDistrictZone();
		const query = ref('');
		const where = ref(null);
		const mapElement = ref(null);
		let base = null;
		let marker = null;
		let outline = null;

		const found = ref([]);
		const past = ref([]);
		const searched = ref('');
		let pending = null;

		/** Asks the server for the district's places named like the text; an answer for older text is dropped. */
		async function search() {
			clearTimeout(pending);
			pending = null;
			const text = query.value.trim();
			if (!text) {
				clear();
				return;
			}
			const [places, addresses] = await Promise.all([
				get('/api/v1/places', { q: text, limit: SHOWN }).catch(() => []),
				get('/api/v1/cases/addresses', { q: text, limit: PAST }).catch(() => []),
			]);
			if (query.value.trim() === text) {
				found.value = places;
				past.value = addresses;
				searched.value = text;
			}
		}

		function typed(event) {
			query.value = event.target.value;
			clearTimeout(pending);
			pending = setTimeout(search, 200);
		}

		async function takeFirst() {
			if (pending || searched.value !== query.value.trim()) {
				await search();
			}
			if (found.value.length) {
				choose(found.value[0]);
			}
			else if (past.value.length) {
				chooseAddress(past.value[0]);
			}
		}

		function clear() {
			query.value = '';
			found.value = [];
			past.value = [];
			searched.value = '';
		}

		function place(lon, lat) {
			props.form.lon = round(lon);
			props.form.lat = round(lat);
		}

		/**
		 * Outlines the place's grid, zooms onto the place and puts the case on the point inside it; a unit or road
		 * section chosen also gives the address, unless the operator has written one.
		 */
		async function choose(chosen) {
			const feature = await get(`/api/v1/layers/${encodeURIComponent(chosen.layer)}/grids/${encodeURIComponent(chosen.grid)}`);
			if (outline) {
				outline.remove();
			}
			outline = base.geoJSON(feature, { style: { color: '#0550ae', weight: 3, fillOpacity: 0.05 }, interactive: false })
				.addTo(base.map);
			if (chosen.kind === 'GRID') {
				base.fit([outline]);
			}
			else {
				base.map.setView(base.toDisplay(chosen.lon, chosen.lat), 17);
			}
			place(chosen.lon, chosen.lat);
			if (chosen.kind === 'MEMBER' && !props.form.address.trim()) {
				props.form.address = chosen.name;
			}
			clear();
		}

		/** Puts the case where the latest earlier case at the address stands, and takes the address as written. */
		function chooseAddress(chosen) {
			if (outline) {
				outline.remove();
				outline = null;
			}
			base.map.setView(base.toDisplay(chosen.lon, chosen.lat), 17);
			place(chosen.lon, chosen.lat);
			props.form.address = chosen.address;
			clear();
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

		/** A member's kind in the reader's words where the bundle names it, else as the district wrote it. */
		const kindName = (kind) => (t(`place.kind.${kind}`) === `place.kind.${kind}` ? kind : t(`place.kind.${kind}`));
		const label = (one) => [one.kind === 'MEMBER' ? `${one.name}（${kindName(one.memberKind)}）` : one.name,
			...one.within.slice(0, 2), one.layerName].join(' · ');

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
				placeholder: t('place.placeholder'), 'aria-controls': found.value.length || past.value.length ? 'place-list' : null,
				onInput: typed,
				onKeydown: (event) => { if (event.key === 'Enter') { event.preventDefault(); takeFirst(); } } }),
			found.value.length || past.value.length ? h('ul', { id: 'place-list', class: 'plain options' }, [
				...found.value.map((one) => h('li', {},
					h('button', { type: 'button', class: 'option', id: `place-${one.kind === 'GRID' ? 'grid' : 'member'}-${one.layer}-${one.code}`,
						onClick: () => choose(one) }, label(one)))),
				...past.value.map((one, index) => h('li', {},
					h('button', { type: 'button', class: 'option past', id: `place-address-${index}`, onClick: () => chooseAddress(one) },
						t('place.pastAddress', one.address, one.cases, formatTime(one.lastReportedAt, zone.value, locale.value))))),
			])
				: searched.value && searched.value === query.value.trim() ? h('p', { class: 'muted', id: 'place-no-match' }, t('place.noMatch')) : null,
			h('div', { id: 'place-map', ref: mapElement, role: 'application', 'aria-label': t('place.map') }),
			h('p', { id: 'place-map-hint', class: 'hint' }, t('place.mapHint')),
			h('div', { class: 'pair' }, [coordinate('place-lon', 'lon'), coordinate('place-lat', 'lat')]),
			errorLines(props.errors, 'place-lon'),
			h('p', { id: 'place-where', role: 'status' }, props.form.lon === null ? t('place.none')
				: where.value === null ? '' : where.value.length ? t('place.in', where.value.join('；')) : t('place.outside')),
		]);
	},
};
