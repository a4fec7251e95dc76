import { get, send } from '../api.js';
import { h, inject, onMounted, ref } from '../vue.js';
import { FieldErrors } from './FieldErrors.js';
import { NewCategoryForm } from './NewCategoryForm.js';

/** A stored limit as the form edits it: the area class empty for "every area class". */
function editable(limit) {
	return { stage: limit.stage, areaClass: limit.areaClass || '', amount: limit.limit.amount, unit: limit.limit.unit };
}

/**
 * The category catalogue with each minor class's time limits. An administrator who may manage the catalogue
 * changes a class's limits (the whole class is sent back with the new limits, and the server checks each one) or
 * adds a minor class.
 */
export const LimitsPanel = {
	props: { context: { type: Object, required: true }, editable: Boolean },
	setup(props) {
		const { t, locale } = inject('i18n');
		const majors = ref([]);
		const editing = ref(null);
		const rows = ref([]);
		const adding = ref(false);

		async function load() {
			majors.value = await get('/api/v1/catalogue/categories');
		}

		function edit(minor) {
			props.context.problem.value = null;
			editing.value = minor;
			rows.value = minor.timeLimits.map(editable);
		}

		function save() {
			const minor = editing.value;
			props.context.guard(async () => {
				await send('PUT', `/api/v1/catalogue/categories/${minor.kind}/${minor.code}`, {
					kind: minor.kind, code: minor.code, nameZh: minor.nameZh, nameEn: minor.nameEn,
					filingCondition: minor.filingCondition, closingCondition: minor.closingCondition,
					defaultDepartment: minor.defaultDepartment || '',
					timeLimits: rows.value.map((row) => ({ ...row, amount: row.amount === '' ? null : Number(row.amount) })),
				});
				editing.value = null;
				await load();
				props.context.notify(t('limits.saved', name(minor)));
			});
		}

		const name = (item) => (locale.value === 'en' ? item.nameEn || item.nameZh : item.nameZh || item.nameEn);
		const limitText = (limit) => `${t(`stage.${limit.stage}`)}${limit.areaClass ? ` (${limit.areaClass})` : ''} `
			+ t(`unit.${limit.limit.unit}`, limit.limit.amount);

		onMounted(() => props.context.guard(load));

		const form = (minor) => h('form', { id: 'limits-form', class: 'limits-form', onSubmit: (event) => {
			event.preventDefault();
			save();
		} }, [
			h('h3', t('limits.editing', minor.code, name(minor))),
			h(FieldErrors, { problem: props.context.problem.value, field: 'timeLimits', id: 'limits-errors' }),
			h('table', [
				h('thead', h('tr', ['limits.stage', 'limits.area', 'limits.amount', 'limits.unit'].map((key) => h('th', t(key))))),
				h('tbody', rows.value.map((row, i) => h('tr', { 'data-row': i }, [
					h('td', t(`stage.${row.stage}`)),
					h('td', row.areaClass ? t('limits.areaOne', row.areaClass) : t('limits.areaAll')),
					h('td', [
						h('input', { id: `limit-amount-${i}`, type: 'number', value: row.amount, 'aria-label':
							t('limits.amountOf', t(`stage.${row.stage}`)), onInput: (event) => { row.amount = event.target.value; } }),
						h(FieldErrors, { problem: props.context.problem.value, field: `timeLimits[${i}]`, id: `limit-error-${i}` }),
					]),
					h('td', h('select', { id: `limit-unit-${i}`, value: row.unit, 'aria-label': t('limits.unitOf', t(`stage.${row.stage}`)),
						onChange: (event) => { row.unit = event.target.value; } },
					['DAYS', 'HOURS'].map((unit) => h('option', { value: unit }, t(`limits.unit.${unit}`))))),
				]))),
			]),
			h('button', { type: 'submit', id: 'limits-save' }, t('limits.save')),
			h('button', { type: 'button', class: 'link', onClick: () => { editing.value = null; } }, t('limits.cancel')),
		]);

		return () => h('section', { id: 'limits-panel', 'aria-labelledby': 'limits-heading' }, [
			h('h2', { id: 'limits-heading' }, t('limits.heading')),
			editing.value ? form(editing.value) : null,
			props.editable && adding.value ? h(NewCategoryForm, { context: props.context, majors: majors.value,
				onCancel: () => { adding.value = false; },
				onCreated: (minor) => props.context.guard(async () => {
					adding.value = false;
					await load();
					props.context.notify(t('category.created', minor.code, name(minor)));
				}) }) : null,
			props.editable && !adding.value ? h('button', { type: 'button', id: 'category-add',
				onClick: () => { props.context.problem.value = null; adding.value = true; } }, t('category.add')) : null,
			h('table', { id: 'limits-table' }, [
				h('thead', h('tr', ['limits.code', 'limits.name', 'limits.limits', ''].map((key) => h('th', key ? t(key) : '')))),
				h('tbody', majors.value.flatMap((major) => (major.minorClasses || []).map((minor) => h('tr', {
					id: `minor-${minor.kind}-${minor.code}` }, [
					h('td', minor.code),
					h('td', `${name(major)} / ${name(minor)}`),
					h('td', minor.timeLimits.map(limitText).join(';')),
					h('td', props.editable ? h('button', { type: 'button', class: 'link', id: `edit-${minor.kind}-${minor.code}`,
						'aria-label': t('limits.editOf', name(minor)), onClick: () => edit(minor) }, t('limits.edit')) : null),
				])))),
			]),
		]);
	},
};
