import { get, send, sendText } from '../api.js';
import { computed, h, inject, onMounted, reactive, ref } from '../vue.js';
import { CodeChecks } from './CodeChecks.js';
import { FieldErrors } from './FieldErrors.js';
import { GridPicker } from './GridPicker.js';

const EMPTY = { kind: 'EVENT', categoryCode: '', layerCode: '', gridCode: '', leadDepartment: '', assisting: [], note: '' };

/**
 * The responsibility matrix (权责清单): which department or platform leads on a category, everywhere or in one grid,
 * and who assists. An administrator who may manage the catalogue adds a rule, such as the outcome of an
 * arbitration, picking the category, the grid, the lead and the assisting departments from lists, or removes one.
 */
export const RulesPanel = {
	props: { context: { type: Object, required: true }, editable: Boolean },
	setup(props) {
		const { t, locale } = inject('i18n');
		const rules = ref([]);
		const majors = ref([]);
		const draft = reactive({ ...EMPTY, assisting: [] });

		const name = (item) => (locale.value === 'zh-CN' ? item.nameZh || item.nameEn : item.nameEn || item.nameZh);
		const targets = computed(() => [...props.context.departments.value, ...props.context.platforms.value]);
		const targetName = (code) => {
			const found = targets.value.find((target) => target.code === code);
			return found ? name(found) : code;
		};
		const categoryName = (kind, code) => {
			const minor = majors.value.flatMap((major) => major.minorClasses || [])
				.find((m) => m.kind === kind && m.code === code);
			return minor ? `${code} ${name(minor)}` : code;
		};

		async function load() {
			[rules.value, majors.value] = await Promise.all([get('/api/v1/catalogue/rules'),
				get('/api/v1/catalogue/categories')]);
		}

		function add() {
			props.context.guard(async () => {
				const rule = await send('POST', '/api/v1/catalogue/rules', {
					kind: draft.kind, categoryCode: draft.categoryCode, layerCode: draft.layerCode || null,
					gridCode: draft.gridCode || null, leadDepartment: draft.leadDepartment, note: draft.note,
					assistingDepartments: draft.assisting,
				});
				Object.assign(draft, { ...EMPTY, assisting: [] });
				await load();
				props.context.notify(t('rules.added', rule.categoryCode));
			});
		}

		function remove(rule) {
			props.context.guard(async () => {
				await sendText('DELETE', `/api/v1/catalogue/rules/${rule.id}`, '');
				await load();
				props.context.notify(t('rules.removed', rule.categoryCode));
			});
		}

		onMounted(() => props.context.guard(load));

		const labelled = (key, field, control) => h('label', [h('span', t(key)), control,
			h(FieldErrors, { problem: props.context.problem.value, field })]);
		const select = (field, options, attributes = {}) => h('select', { id: `rule-${field}`, value: draft[field],
			onChange: (event) => { draft[field] = event.target.value; }, ...attributes }, options);

		const categoryOptions = () => [h('option', { value: '' }, t('rules.chooseCategory')),
			...majors.value.filter((major) => major.kind === draft.kind).map((major) => h('optgroup',
				{ label: name(major) }, (major.minorClasses || []).map((minor) => h('option', { value: minor.code },
					`${minor.code} ${name(minor)}`))))];
		const leadOptions = () => [h('option', { value: '' }, t('rules.chooseLead')),
			h('optgroup', { label: t('rules.departments') }, props.context.departments.value.map((department) =>
				h('option', { value: department.code }, `${name(department)} (${department.code})`))),
			h('optgroup', { label: t('rules.platforms') }, props.context.platforms.value.map((platform) =>
				h('option', { value: platform.code }, `${name(platform)} (${platform.code})`)))];

		const form = () => h('form', { id: 'rule-form', class: 'row-form', onSubmit: (event) => {
			event.preventDefault();
			add();
		} }, [
			labelled('rules.kind', 'kind', select('kind', ['EVENT', 'COMPONENT'].map((kind) =>
				h('option', { value: kind }, t(`kind.${kind}`))), { onChange: (event) => {
				draft.kind = event.target.value;
				draft.categoryCode = '';
			} })),
			labelled('rules.category', 'categoryCode', select('categoryCode', categoryOptions(), { required: true })),
			labelled('rules.layer', 'layerCode', select('layerCode', [h('option', { value: '' }, t('rules.everywhere')),
				...props.context.layers.value.map((layer) => h('option', { value: layer.code }, layer.name))],
			{ onChange: (event) => {
				draft.layerCode = event.target.value;
				draft.gridCode = '';
			} })),
			draft.layerCode ? labelled('rules.grid', 'gridCode', h(GridPicker, { id: 'rule-gridCode', layer: draft.layerCode,
				modelValue: draft.gridCode, 'onUpdate:modelValue': (grid) => { draft.gridCode = grid; } })) : null,
			labelled('rules.lead', 'leadDepartment', select('leadDepartment', leadOptions(), { required: true })),
			h(CodeChecks, { id: 'rule-assisting', items: props.context.departments.value, label: t('rules.assisting'),
				modelValue: draft.assisting, 'onUpdate:modelValue': (codes) => { draft.assisting = codes; } }),
			h(FieldErrors, { problem: props.context.problem.value, field: 'assistingDepartments' }),
			labelled('rules.note', 'note', h('input', { id: 'rule-note', value: draft.note,
				onInput: (event) => { draft.note = event.target.value; } })),
			h('button', { type: 'submit', id: 'rule-add' }, t('rules.add')),
		]);

		return () => h('section', { id: 'rules-panel', 'aria-labelledby': 'rules-heading' }, [
			h('h2', { id: 'rules-heading' }, t('rules.heading')),
			h('table', { id: 'rules-table' }, [
				h('thead', h('tr', ['rules.category', 'rules.where', 'rules.lead', 'rules.assisting', 'rules.note', '']
					.map((key) => h('th', key ? t(key) : '')))),
				h('tbody', rules.value.map((rule) => h('tr', { id: `rule-row-${rule.id}` }, [
					h('td', `${t(`kind.${rule.kind}`)} ${categoryName(rule.kind, rule.categoryCode)}`),
					h('td', rule.gridCode ? `${rule.layerCode} / ${rule.gridCode}` : t('rules.everywhere')),
					h('td', targetName(rule.leadDepartment)),
					h('td', (rule.assistingDepartments || []).map(targetName).join('、')),
					h('td', rule.note || ''),
					h('td', props.editable ? h('button', { type: 'button', class: 'link', id: `rule-remove-${rule.id}`,
						onClick: () => remove(rule) }, t('rules.remove')) : null),
				]))),
			]),
			props.editable ? form() : null,
		]);
	},
};
