import { createMap, loadBaseMap } from '../basemap.js';
import { h, inject, onMounted, ref, watch } from '../vue.js';
import { COLOURS, toWgs84 } from './outcomes.js';

/**
 * The file's features on the base map, each coloured by its outcome (accepted, repaired, refused; grey before the
 * dry run). Clicking a feature selects it; selecting a feature elsewhere zooms the map to it. The map element
 * carries how many features it draws as `data-features` and the selected one as `data-selected`.
 */
export const OutcomeMap = {
	props: { collection: Object, crs: String, rows: { type: Array, required: true }, selected: Number },
	emits: ['select'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		const element = ref(null);
		let handle = null;
		let drawn = null;
		let shapes = new Map();

		function style(row, selected) {
			const colour = COLOURS[row.outcome] || '#57606a';
			return { color: colour, fillColor: colour, weight: selected ? 4 : 2, fillOpacity: selected ? 0.35 : 0.15 };
		}

		function draw() {
			if (!handle) {
				return;
			}
			if (drawn) {
				drawn.remove();
			}
			shapes = new Map();
			const features = props.collection ? props.rows.filter((row) => props.collection.features[row.index]
				&& props.collection.features[row.index].geometry).map((row) => ({ type: 'Feature',
				properties: { index: row.index }, geometry: toWgs84(props.collection.features[row.index].geometry,
					props.crs) })) : [];
			drawn = handle.geoJSON({ type: 'FeatureCollection', features }, {
				style: (feature) => style(props.rows[feature.properties.index], false),
				onEachFeature: (feature, layer) => {
					const row = props.rows[feature.properties.index];
					shapes.set(row.index, layer);
					const moved = row.repairs.reduce((sum, repair) => sum + repair.areaMoved, 0);
					layer.bindTooltip(`${row.code || t('list.noCode')} · ${t(`outcome.${row.outcome}`)}${row.repairs.length
						? ` · ${t('map.moved', Math.round(moved))}` : ''}`);
					layer.on('click', () => emit('select', row.index));
				},
			}).addTo(handle.map);
			element.value.dataset.features = String(shapes.size);
			handle.fit([drawn]);
			highlight();
		}

		function highlight() {
			shapes.forEach((layer, index) => layer.setStyle(style(props.rows[index], index === props.selected)));
			element.value.dataset.selected = props.selected === null || props.selected === undefined ? ''
				: String(props.selected);
			const layer = shapes.get(props.selected);
			if (layer) {
				layer.bringToFront();
				handle.map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 17 });
			}
		}

		onMounted(async () => {
			handle = createMap(element.value, await loadBaseMap());
			draw();
		});
		watch(() => [props.collection, props.crs, props.rows], draw);
		watch(() => props.selected, () => handle && highlight());

		return () => h('div', { class: 'map-column' }, [
			h('div', { id: 'boundary-map', ref: element, role: 'region', 'aria-label': t('map.label'),
				'data-features': '0' }),
			h('p', { class: 'muted', id: 'boundary-legend' }, ['accepted', 'repaired', 'refused'].flatMap((outcome) => [
				h('span', { class: 'legend-swatch', style: { background: COLOURS[outcome] }, 'aria-hidden': 'true' }),
				h('span', { class: `outcome-${outcome}` }, `${t(`outcome.${outcome}`)} `)])),
		]);
	},
};
