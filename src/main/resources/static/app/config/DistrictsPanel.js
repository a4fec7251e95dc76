import { get, send } from '../api.js';
import { h, inject, onMounted, reactive, ref } from '../vue.js';
import { FieldErrors } from './FieldErrors.js';
import { GridPicker } from './GridPicker.js';

/**
 * The districts this installation serves, each the territory of one grid, for administrators who manage grids:
 * name a district with its code (the jurisdiction_id outside systems use), point it at its grid, rename or re-point
 * it by its code, or stop serving it. Anyone allowed on the page sees the list.
 */
export const DistrictsPanel = {
	props: { context: { type: Object, required: true }, editable: Boolean },
	setup(props) {
		const { t } = inject('i18n');
		const districts = ref([]);
		const draft = reactive({ code: '', name: '', layer: '', grid: '' });

		async function load() {
			districts.value = await get('/api/v1/districts');
		}

		function save() {
			props.context.guard(async () => {
				const saved = await send('PUT', `/api/v1/districts/${encodeURIComponent(draft.code.trim())}`,
					{ name: draft.name, layer: draft.layer, grid: draft.grid });
				Object.assign(draft, { code: '', name: '', layer: '', grid: '' });
				await load();
				props.context.districtsChanged.value += 1;
				props.context.notify(t('districts.saved', saved.name, saved.code));
			});
		}

		function remove(district) {
			props.context.guard(async () => {
				await send('DELETE', `/api/v1/districts/${encodeURIComponent(district.code)}`);
				await load();
				props.context.districtsChanged.value += 1;
				props.context.notify(t('districts.removed', district.name));
			});
		}

		function edit(district) {
			Object.assign(draft, { code: district.code, name: district.name, layer: district.layer,
				grid: district.grid });
		}

		onMounted(() => props.context.guard(load));

		const layerName = (code) => {
			const layer = props.context.layers.value.find((l) => l.code === code);
			return layer ? layer.name : code;
		};

		const field = (name, key, control) => h('label', [h('span', t(key)), control,
			h(FieldErrors, { problem: props.context.problem.value, field: name, id: `district-${name}-error` })]);

		return () => h('section', { id: 'districts-panel', 'aria-labelledby': 'districts-heading' }, [
			h('h2', { id: 'districts-heading' }, t('districts.heading')),
			h('p', { class: 'muted' }, t('districts.hint')),
			districts.value.length === 0 ? h('p', { id: 'districts-none', class: 'muted' }, t('districts.none'))
				: h('table', { id: 'districts-table' }, [
					h('thead', h('tr', ['districts.code', 'districts.name', 'districts.layer', 'districts.grid', '']
						.map((key) => h('th', key ? t(key) : '')))),
					h('tbody', districts.value.map((district) => h('tr', { id: `district-row-${district.code}` }, [
						h('td', district.code), h('td', district.name), h('td', layerName(district.layer)),
						h('td', district.grid),
						h('td', props.editable ? [
							h('button', { type: 'button', class: 'link', id: `district-edit-${district.code}`,
								'aria-label': t('districts.editOf', district.name), onClick: () => edit(district) },
							t('districts.edit')), ' ',
							h('button', { type: 'button', class: 'link', id: `district-remove-${district.code}`,
								'aria-label': t('districts.removeOf', district.name), onClick: () => remove(district) },
							t('districts.remove'))] : null),
					]))),
				]),
			props.editable ? h('form', { id: 'district-form', class: 'row-form', onSubmit: (event) => {
				event.preventDefault();
				save();
			} }, [
				h('h3', t('districts.new')),
				field('code', 'districts.code', h('input', { id: 'district-code', value: draft.code, required: true,
					autocomplete: 'off', onInput: (event) => { draft.code = event.target.value; } })),
				field('name', 'districts.name', h('input', { id: 'district-name', value: draft.name, required: true,
					onInput: (event) => { draft.name = event.target.value; } })),
				field('layer', 'districts.layer', h('select', { id: 'district-layer', value: draft.layer,
					required: true, onChange: (event) => { draft.layer = event.target.value; } }, [
					h('option', { value: '' }, t('districts.chooseLayer')),
					...props.context.layers.value.map((layer) => h('option', { value: layer.code }, layer.name))])),
				field('grid', 'districts.grid', h(GridPicker, { id: 'district-grid', layer: draft.layer,
					modelValue: draft.grid, required: true, 'onUpdate:modelValue': (grid) => { draft.grid = grid; } })),
				h('button', { type: 'submit', id: 'district-save' }, t('districts.save')),
			]) : null,
		]);
	},
};
