import { get, sendText } from '../api.js';
import { h, inject, ref, watch } from '../vue.js';
import { SYSTEMS } from './outcomes.js';

const membersPath = (layer) => `/api/v1/layers/${encodeURIComponent(layer)}/members`;

/**
 * The members of a layer's grids that are not grids themselves (a 片区's units, residents' committees and road
 * sections): the members the layer has now, and a GeoJSON file of them to replace them all with, read in the
 * browser and checked by the server field by field (each refusal names the feature and its property in the page's
 * problem box, and nothing changes). Runs its calls through the page's `guard`.
 */
export const MembersPanel = {
	props: { layers: { type: Array, required: true }, guard: { type: Function, required: true } },
	setup(props) {
		const { t } = inject('i18n');
		const layer = ref('');
		const crs = ref('wgs84');
		const text = ref('');
		const fileName = ref('');
		const members = ref([]);
		const saved = ref(null);
		const busy = ref(false);

		const load = () => props.guard(async () => {
			members.value = layer.value ? (await get(membersPath(layer.value))).features : [];
		});
		watch(layer, () => {
			saved.value = null;
			load();
		});

		function readFile(file) {
			text.value = '';
			fileName.value = '';
			if (!file) {
				return;
			}
			const reader = new FileReader();
			reader.onload = () => {
				text.value = String(reader.result);
				fileName.value = file.name;
			};
			reader.readAsText(file);
		}

		async function replace() {
			busy.value = true;
			saved.value = null;
			await props.guard(async () => {
				saved.value = await sendText('PUT', `${membersPath(layer.value)}?crs=${crs.value}`, text.value,
					'application/geo+json');
				members.value = (await get(membersPath(layer.value))).features;
			});
			busy.value = false;
		}

		const kinds = (set) => Object.entries(set.kinds).map(([kind, count]) => `${kind} ${count}`).join('，');
		const row = (feature) => {
			const p = feature.properties;
			return h('tr', { key: p.code, 'data-member': p.code }, [h('td', p.code), h('td', p.name), h('td', p.kind),
				h('td', p.grid), h('td', p.contact || '—'), h('td', t(p.coordinated ? 'members.yes' : 'members.no')),
				h('td', String(p.reach))]);
		};
		const columns = ['code', 'name', 'kind', 'grid', 'contact', 'coordinated', 'reach'];

		return () => h('section', { id: 'members-panel', class: 'panel', 'aria-labelledby': 'members-heading' }, [
			h('h2', { id: 'members-heading' }, t('members.heading')),
			h('p', { class: 'muted' }, t('members.intro')),
			h('div', { class: 'field' }, [h('label', { for: 'members-layer' }, t('form.layer')),
				h('select', { id: 'members-layer', value: layer.value,
					onChange: (event) => { layer.value = event.target.value; } },
				[['', t('form.chooseLayer')], ...props.layers.map((one) => [one.code, `${one.name} (${one.code})`])]
					.map(([value, label]) => h('option', { value, selected: value === layer.value }, label)))]),
			h('div', { class: 'field' }, [h('label', { for: 'members-file' }, t('members.file')),
				h('input', { id: 'members-file', type: 'file', accept: '.geojson,.json,application/geo+json,application/json',
					onChange: (event) => readFile(event.target.files[0] || null) })]),
			h('div', { class: 'field' }, [h('label', { for: 'members-crs' }, t('form.crs')),
				h('select', { id: 'members-crs', value: crs.value, onChange: (event) => { crs.value = event.target.value; } },
					SYSTEMS.map((one) => h('option', { value: one, selected: one === crs.value }, t(`crs.${one}`))))]),
			h('div', { class: 'buttons' }, h('button', { type: 'button', id: 'members-replace', class: 'primary',
				disabled: busy.value || !layer.value || !fileName.value, onClick: replace }, t('members.replace'))),
			saved.value ? h('p', { id: 'members-saved', role: 'status' }, t('members.saved', saved.value.count,
				saved.value.version, kinds(saved.value) || '—')) : null,
			layer.value ? h('table', { id: 'members-list' }, [
				h('caption', t('members.caption', members.value.length)),
				h('thead', h('tr', columns.map((column) => h('th', { scope: 'col' }, t(`members.${column}`))))),
				h('tbody', members.value.map(row)),
			]) : null,
		]);
	},
};
