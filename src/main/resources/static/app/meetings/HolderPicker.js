import { h, inject } from '../vue.js';

/**
 * Whose meetings the page shows: one of the grids the caller serves ("my grids", offered only to someone serving a
 * grid) or one of the units in their scope; when both are offered, a switch between the two.
 */
export const HolderPicker = {
	props: { grids: { type: Array, required: true }, units: { type: Array, required: true },
		kind: { type: String, required: true }, grid: String, unit: String,
		roleName: { type: Function, required: true } },
	emits: ['kind', 'grid', 'unit'],
	setup(props, { emit }) {
		const { t, locale } = inject('i18n');
		const both = () => props.grids.length > 0 && props.units.length > 0;

		const switcher = () => h('fieldset', { id: 'holder-kind', class: 'switch' }, [
			h('legend', t('holder.legend')),
			...['grid', 'unit'].map((kind) => h('label', { for: `holder-${kind}` }, [
				h('input', { type: 'radio', id: `holder-${kind}`, name: 'holder-kind', value: kind,
					checked: props.kind === kind, onChange: () => emit('kind', kind) }),
				` ${t(`holder.${kind}`)}`,
			])),
		]);

		const gridName = (g) => t('grid.option', g.gridName, g.levelName,
			g.roles.map((role) => props.roleName(role, locale.value)).join('、'));

		return () => h('div', { id: 'holder' }, [
			both() ? switcher() : null,
			props.kind === 'grid' && props.grids.length > 0 ? [
				h('label', { class: 'field', for: 'my-grid' }, t('grid.label')),
				h('select', { id: 'my-grid', value: props.grid, onChange: (event) => emit('grid', event.target.value) },
					props.grids.map((g) => h('option', { value: g.key }, gridName(g)))),
			] : null,
			props.kind === 'unit' && props.units.length > 0 ? [
				h('label', { class: 'field', for: 'unit' }, t('unit.label')),
				h('select', { id: 'unit', value: props.unit, onChange: (event) => emit('unit', event.target.value) },
					props.units.map((u) => h('option', { value: u.code }, `${u.name} (${u.code})`))),
			] : null,
		]);
	},
};
