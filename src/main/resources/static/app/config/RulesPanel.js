import { get, send, sendText } from '../api.js';
import { h, inject, onMounted, reactive, ref } from '../vue.js';
import { FieldErrors } from './FieldErrors.js';

const EMPTY = { kind: 'EVENT', categoryCode: '', layerCode: '', gridCode: '', leadDepartment: '', assisting: '', note: '' };

/**
 * The responsibility matrix (权责清单): which department leads on a category, everywhere or in one grid. An
 * administrator who may manage the catalogue adds a rule, such as the outcome of an arbitration, or removes one.
 */
export const RulesPanel = {
	props: { context: { type: Object, required: true }, editable: Boolean },
	setup(props) {
		const { t } = inject('i18n');
		const rules = ref([]);
		const draft = reactive({ ...EMPTY });

		async function load() {
			rules.value = await get('/api/v1/catalogue/rules');
		}

		function add() {
			props.context.guard(async () => {
				const rule = await send('POST', '/api/v1/catalogue/rules', {
					kind: draft.kind, categoryCode: draft.categoryCode, layerCode: draft.layerCode || null,
					gridCode: draft.gridCode || null, leadDepartment: draft.leadDepartment, note: draft.note,
					assistingDepartments: draft.assisting.split(/[,,\s]+/).filter(Boolean),
				});
				Object.assign(draft, EMPTY);
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

		const input = (field, key, attributes = {}) => h('label', [h('span', t(key)),
			h('input', { id: `rule-${field}`, value: draft[field], onInput: (event) => { draft[field] = event.target.value; },
				...attributes }),
			h(FieldErrors, { problem: props.context.problem.value, field: field === 'assisting' ? 'assistingDepartments' : field })]);

		return () => h('section', { id: 'rules-panel', 'aria-labelledby': 'rules-heading' }, [
			h('h2', { id: 'rules-heading' }, t('rules.heading')),
			h('table', { id: 'rules-table' }, [
				h('thead', h('tr', ['rules.category', 'rules.where', 'rules.lead', 'rules.assisting', 'rules.note', '']
					.map((key) => h('th', key ? t(key) : '')))),
				h('tbody', rules.value.map((rule) => h('tr', { id: `rule-row-${rule.id}` }, [
					h('td', `${t(`kind.${rule.kind}`)} ${rule.categoryCode}`),
					h('td', rule.gridCode ? `${rule.layerCode} / ${rule.gridCode}` : t('rules.everywhere')),
					h('td', rule.leadDepartment),
					h('td', (rule.assistingDepartments || []).join('、')),
					h('td', rule.note || ''),
					h('td', props.editable ? h('button', { type: 'button', class: 'link', id: `rule-remove-${rule.id}`,
						onClick: () => remove(rule) }, t('rules.remove')) : null),
				]))),
			]),
			props.editable ? h('form', { id: 'rule-form', class: 'row-form', onSubmit: (event) => {
				event.preventDefault();
				add();
			} }, [
				h('label', [h('span', t('rules.kind')), h('select', { id: 'rule-kind', value: draft.kind,
					onChange: (event) => { draft.kind = event.target.value; } },
				['EVENT', 'COMPONENT'].map((kind) => h('option', { value: kind }, t(`kind.${kind}`))))]),
				input('categoryCode', 'rules.category', { required: true, maxlength: 4 }),
				input('layerCode', 'rules.layer'),
				input('gridCode', 'rules.grid'),
				input('leadDepartment', 'rules.lead', { required: true }),
				input('assisting', 'rules.assisting'),
				input('note', 'rules.note'),
				h('button', { type: 'submit', id: 'rule-add' }, t('rules.add')),
			]) : null,
		]);
	},
};
