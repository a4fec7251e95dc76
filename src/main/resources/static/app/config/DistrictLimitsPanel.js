import { get } from '../api.js';
import { h, inject, onMounted, ref } from '../vue.js';
import { districtPicker, sender, useDistricts } from './districtChoice.js';
import { FieldErrors } from './FieldErrors.js';

const STAGES = ['ACCEPT', 'DISPATCH', 'HANDLE', 'CHECK'];

/** The district's limits as rows the form edits, one per class and stage. */
const rowsOf = (classes) => classes.flatMap((own) => own.timeLimits.map((limit) => ({
	key: `${own.kind} ${own.minorCode}`, stage: limit.stage, amount: limit.amount, unit: limit.unit })));

/**
 * The time limits each district served sets for itself where its plan differs from the catalogue's: pick a
 * district, add a row per category and stage, and save; a case whose place lies in the district then takes them.
 * A stage no row names keeps the catalogue's limit. The district may also hold every stage, postponements included,
 * to fewer working days than the installation allows. Resetting returns the district to the catalogue's limits
 * and the installation's maximum. Refusals show beside the row they concern. Who may not manage the catalogue sees the limits only.
 */
export const DistrictLimitsPanel = {
	props: { context: { type: Object, required: true }, editable: Boolean },
	setup(props) {
		const { t, locale } = inject('i18n');
		const minors = ref([]);
		const district = ref('');
		const districts = useDistricts(props.context, district);
		const rows = ref([]);
		const stored = ref(0);
		const maximum = ref('');
		const fields = ref([]);

		/** Shows the district's limits once they have loaded, so that no row added meanwhile is lost. */
		async function choose(code) {
			const own = code ? await get(`/api/v1/catalogue/district-limits/${encodeURIComponent(code)}`) : null;
			fields.value = [];
			if (own) {
				rows.value = rowsOf(own.classes);
				stored.value = rows.value.length;
				maximum.value = own.maxWorkingDays ?? '';
			}
			district.value = code;
		}

		/** The rows grouped by class as the server takes them, remembering each row's place for its refusals. */
		function body() {
			const classes = [];
			fields.value = rows.value.map((row) => {
				let i = classes.findIndex((own) => `${own.kind} ${own.minorCode}` === row.key);
				if (i < 0) {
					i = classes.push({ kind: row.key.split(' ')[0], minorCode: row.key.split(' ')[1], timeLimits: [] }) - 1;
				}
				const j = classes[i].timeLimits.push({ stage: row.stage, amount: row.amount === '' ? null
					: Number(row.amount), unit: row.unit }) - 1;
				return `classes[${i}].timeLimits[${j}]`;
			});
			return { maxWorkingDays: maximum.value === '' ? null : Number(maximum.value), classes };
		}

		const act = sender(props.context, 'dlimits', (code) => `/api/v1/catalogue/district-limits/${code}`, district,
			choose);
		onMounted(() => props.context.guard(async () => {
			minors.value = (await get('/api/v1/catalogue/categories')).flatMap((major) => major.minorClasses || []);
		}));

		const name = (item) => (locale.value === 'en' ? item.nameEn || item.nameZh : item.nameZh || item.nameEn);
		const select = (id, label, value, options, onChange) => h('select', { id, 'aria-label': label, value,
			disabled: !props.editable, onChange: (event) => onChange(event.target.value) },
		options.map(([code, text]) => h('option', { value: code }, text)));

		const row = (item, i) => h('tr', { 'data-row': i }, [
			h('td', select(`dlimit-class-${i}`, t('dlimits.classOf', i + 1), item.key, minors.value.map((minor) => [
				`${minor.kind} ${minor.code}`, `${minor.code} ${name(minor)}`]), (v) => { item.key = v; })),
			h('td', select(`dlimit-stage-${i}`, t('dlimits.stageOf', i + 1), item.stage,
				STAGES.map((stage) => [stage, t(`stage.${stage}`)]), (v) => { item.stage = v; })),
			h('td', [h('input', { id: `dlimit-amount-${i}`, type: 'number', min: 1, value: item.amount,
				disabled: !props.editable, 'aria-label': t('dlimits.amountOf', i + 1),
				onInput: (event) => { item.amount = event.target.value; } }),
			h(FieldErrors, { problem: props.context.problemOf.value === 'dlimits' ? props.context.problem.value : null,
				field: fields.value[i] || `row-${i}`,
				id: `dlimit-error-${i}` })]),
			h('td', select(`dlimit-unit-${i}`, t('dlimits.unitOf', i + 1), item.unit,
				['DAYS', 'HOURS'].map((unit) => [unit, t(`limits.unit.${unit}`)]), (v) => { item.unit = v; })),
			h('td', props.editable ? h('button', { type: 'button', class: 'link', id: `dlimit-remove-${i}`,
				onClick: () => { rows.value.splice(i, 1); } }, t('dlimits.remove')) : null),
		]);

		return () => h('section', { id: 'dlimits-panel', 'aria-labelledby': 'dlimits-heading' }, [
			h('h2', { id: 'dlimits-heading' }, t('dlimits.heading')),
			h('p', { class: 'muted' }, t('dlimits.hint')),
			districtPicker(t, 'dlimits', districts.value, district.value, props.context, choose),
			district.value ? h('div', { id: 'dlimits-choice' }, [
				h('p', { id: 'dlimits-status' }, stored.value ? t('dlimits.count', stored.value) : t('dlimits.catalogue')),
				h('div', { class: 'field' }, [
					h('label', { for: 'dlimits-maximum' }, t('dlimits.maximum')),
					h('input', { id: 'dlimits-maximum', type: 'number', min: 1, value: maximum.value, disabled: !props.editable,
						'aria-describedby': 'dlimits-maximum-hint', onInput: (event) => { maximum.value = event.target.value; } }),
					h('p', { class: 'hint', id: 'dlimits-maximum-hint' }, t('dlimits.maximumHint')),
					h(FieldErrors, { problem: props.context.problemOf.value === 'dlimits' ? props.context.problem.value : null,
						field: 'maxWorkingDays', id: 'dlimits-maximum-error' })]),
				rows.value.length ? h('table', { id: 'dlimits-table' }, [
					h('thead', h('tr', ['dlimits.class', 'limits.stage', 'limits.amount', 'limits.unit', '']
						.map((key) => h('th', key ? t(key) : '')))),
					h('tbody', rows.value.map(row))]) : null,
				props.editable ? h('div', { class: 'row-form' }, [
					h('button', { type: 'button', id: 'dlimits-add', class: 'link', disabled: !minors.value.length,
						onClick: () => rows.value.push({ key: rows.value.at(-1)?.key || `${minors.value[0].kind} `
							+ minors.value[0].code, stage: 'HANDLE', amount: 1, unit: 'DAYS' }) }, t('dlimits.add')), ' ',
					h('button', { type: 'button', id: 'dlimits-save', disabled: !rows.value.length && maximum.value === '',
						onClick: () => act('PUT', body(), () => t('dlimits.saved', stored.value)) }, t('dlimits.save')), ' ',
					h('button', { type: 'button', id: 'dlimits-reset', class: 'link', disabled: !stored.value && maximum.value === '',
						onClick: () => act('DELETE', undefined, () => t('dlimits.resetDone')) }, t('dlimits.reset'))]) : null,
			]) : null,
		]);
	},
};
