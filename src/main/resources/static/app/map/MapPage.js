import { guardWith } from '../guard.js';
import { api, get } from '../api.js';
import { createMap, loadBaseMap } from '../basemap.js';
import { h, inject, onMounted, reactive, ref, watchEffect } from '../vue.js';
import { CaseLegend } from './CaseLegend.js';
import { CoveragePanel } from './CoveragePanel.js';
import { GridCanvas } from './canvas.js';
import { GridFinder } from './GridFinder.js';
import { GridPanel } from './GridPanel.js';
import { LayerPanel } from './LayerPanel.js';
import { loadPermissions, mayFileCases } from '../permissions.js';
import { ProblemBox } from '../ProblemBox.js';

/** The most cases the map asks for at once; beyond that the operator zooms in. */
const PIN_LIMIT = 200;

const FILTERS = {
	open: { open: true },
	yellow: { open: true, light: 'YELLOW' },
	red: { open: true, light: 'RED' },
	all: {},
};

/**
 * The map page: the grid layers on the base map, switchable by layer and level; the cases in view as pins; the
 * clicked grid's team, open cases and workers; and the coverage findings of grid merging.
 */
export const MapPage = {
	setup() {
		const { t, locale, locales, use } = inject('i18n');
		const me = ref(null);
		const mayFile = ref(false);
		const layers = ref([]);
		const layerState = reactive({});
		const problem = ref(null);
		const grid = ref(null);
		const chosenCase = ref(null);
		const filter = ref('open');
		const casesInfo = ref({ shown: 0, total: null, capped: false });
		const mapElement = ref(null);
		let canvas = null;
		let casesAsked = 0;

		const guard = guardWith(problem, t);

		const label = (names) => (names ? (locale.value === 'en' ? names.en : names.zh) : '');
		const describe = (item) => `${item.caseNo} · ${label(item.stateName) || item.state}`
			+ `${item.light && item.light !== 'GREEN' ? ` · ${t(`cases.light.${item.light}`)}` : ''}\n${item.description}`;

		async function refreshCases() {
			const asked = ++casesAsked;
			await guard(async () => {
				const page = await get('/api/v1/cases', { ...FILTERS[filter.value], size: PIN_LIMIT, bbox: canvas.bbox() });
				if (asked !== casesAsked) {
					return;
				}
				canvas.showCases(page.items, describe);
				casesInfo.value = { shown: page.items.length, total: page.total ?? page.items.length, capped: page.totalCapped };
				mapElement.value.dataset.pins = String(page.items.length);
			});
		}

		async function drawLayer(code) {
			const state = layerState[code];
			if (!canvas.hasLayer(code)) {
				const collection = await get(`/api/v1/layers/${encodeURIComponent(code)}/export`);
				canvas.setLayer(code, collection, state.colour, state.level);
			}
			canvas.setVisible(code, state.visible);
			state.drawn = canvas.drawn(code);
		}

		const toggle = (code, visible) => guard(async () => {
			layerState[code].visible = visible;
			await drawLayer(code);
		});
		const setLevel = (code, level) => guard(async () => {
			layerState[code].level = level;
			layerState[code].visible = true;
			await drawLayer(code);
			canvas.setLevel(code, level);
			layerState[code].drawn = canvas.drawn(code);
		});
		const zoom = (code) => guard(async () => {
			await toggle(code, true);
			canvas.base.fit([canvas.layers.get(code).group]);
		});

		const analysis = {
			guard,
			draw: (pieces) => {
				canvas.showFindings(pieces);
				canvas.fitToFindings();
				mapElement.value.dataset.findings = String(pieces.length);
			},
			zoom: (geometry) => canvas.base.fit([canvas.base.geoJSON(geometry)]),
			features: async (code) => {
				if (!canvas.hasLayer(code)) {
					layerState[code].visible = true;
					await drawLayer(code);
				}
				return canvas.features(code);
			},
		};

		/** The drawn grids whose name or code contains the words, from every layer switched on. */
		const findGrids = (words) => layers.value.filter((layer) => layerState[layer.code] && layerState[layer.code].visible)
			.flatMap((layer) => canvas.features(layer.code))
			.filter((feature) => feature.properties.name.toLowerCase().includes(words)
				|| feature.properties.code.toLowerCase().includes(words));
		const chooseGrid = (feature) => {
			canvas.outline(feature, true);
			grid.value = { ...feature.properties };
		};

		watchEffect(() => {
			document.title = `${t('page.title')} · OneGrid`;
		});

		onMounted(() => guard(async () => {
			me.value = await api.me();
			loadPermissions(me.value).then((held) => { mayFile.value = mayFileCases(held); }).catch(() => {});
			const config = await loadBaseMap();
			const base = createMap(mapElement.value, config);
			canvas = new GridCanvas(base, {
				onGridClick: (properties) => { grid.value = { ...properties }; },
				onCaseClick: (item) => { chosenCase.value = item; },
			});
			layers.value = await api.layers();
			const primary = layers.value.find((layer) => layer.kind === 'ops') || layers.value[0];
			layers.value.forEach((layer, index) => {
				layerState[layer.code] = { visible: layer === primary, level: '', colour: canvas.colourOf(index), drawn: null };
			});
			if (primary) {
				await drawLayer(primary.code);
				canvas.fitToLayers();
			}
			base.map.on('moveend', refreshCases);
			await refreshCases();
		}).finally(() => {
			document.body.dataset.ready = 'true';
		}));

		const otherLocale = () => locales.find((candidate) => candidate !== locale.value);
		const layerName = (code) => (layers.value.find((layer) => layer.code === code) || {}).name;

		return () => h('div', { class: 'map-page' }, [
			h('header', { id: 'top-bar' }, [
				h('h1', { id: 'page-title' }, t('page.title')),
				h('span', { class: 'subtitle' }, t('page.subtitle')),
				h('span', { class: 'spacer' }),
				me.value ? h('span', { id: 'signed-in' }, t('page.signedInAs', me.value.displayName)) : null,
				h('button', { type: 'button', id: 'language', class: 'link', lang: otherLocale(), onClick: () => use(otherLocale()) },
					t('page.language')),
				mayFile.value ? h('a', { href: '/intake.html', class: 'link' }, t('page.intake')) : null,
				h('a', { href: '/', class: 'link' }, t('page.back')),
			]),
			h('aside', { id: 'panel', 'aria-label': t('page.panel') }, [
				h(ProblemBox, { problem: problem.value, onDismiss: () => { problem.value = null; } }),
				h(LayerPanel, { layers: layers.value, state: layerState, onToggle: toggle, onLevel: setLevel, onZoom: zoom }),
				h(CaseLegend, { info: casesInfo.value, filter: filter.value,
					onFilter: (value) => { filter.value = value; refreshCases(); } }),
				chosenCase.value ? h('section', { id: 'case-card', 'aria-live': 'polite', 'data-case': chosenCase.value.id }, [
					h('h2', {}, t('case.heading')),
					h('p', {}, [h('strong', {}, chosenCase.value.caseNo), ` · ${label(chosenCase.value.stateName)}`]),
					h('p', {}, chosenCase.value.description),
					h('p', { class: 'muted' }, t('case.grid', chosenCase.value.handlingGrid || '—')),
				]) : null,
				h(GridFinder, { search: findGrids, onChoose: chooseGrid }),
				h(GridPanel, { grid: grid.value, layerName: grid.value ? layerName(grid.value.layer) : '',
					onCase: (item) => { chosenCase.value = item; canvas.base.map.setView(canvas.base.toDisplay(item.lon, item.lat), 17); } }),
				h(CoveragePanel, { layers: layers.value, context: analysis }),
			]),
			h('main', { id: 'map', ref: mapElement, role: 'application', 'aria-label': t('page.map') }),
		]);
	},
};
