import { send } from '../api.js';
import { computed, h, inject, reactive } from '../vue.js';
import { FieldErrors } from './FieldErrors.js';

const STAGES = ['ACCEPT', 'DISPATCH', 'HANDLE', 'CHECK'];

const fresh = () => ({ kind: 'EVENT', major: '', suffix: '', nameZh: '', nameEn: '', filingCondition: '',
	closingCondition: '', defaultDepartment: '',
	limits: STAGES.map((stage) => ({ stage, amount: stage === 'HANDLE' ? 5 : 1, unit: 'DAYS' })) });

/**
 * A new minor class under one of the district's major classes: its names, the conditions to file and to close it,
 * the department that handles it by default, and each stage's time limit. Sent whole; the server's refusals show
 * beside their fields and nothing is stored until every field is right.
 */
export const NewCategoryForm = {
	props: { context: { type: Object, required: true }, majors: { type: Array, required: true } },
	emits: ['created', 'cancel'],
	setup(props, { emit }) {
		const { t, locale } = inject('i18n');
		const draft = reactive(fresh());
		const name = (item) => (locale.value === 'en' ? item.nameEn || item.nameZh : item.nameZh || item.nameEn);
		const majorsOfKind = computed(() => props.majors.filter((major) => major.kind === draft.kind));

		function create() {
			props.context.guard(async () => {
				const minor = await send('POST', '/api/v1/catalogue/categories', {
					kind: draft.kind, code: `${draft.major}${draft.suffix}`, nameZh: draft.nameZh, nameEn: draft.nameEn,
					filingCondition: draft.filingCondition, closingCondition: draft.closingCondition,
					defaultDepartment: draft.defaultDepartment,
					timeLimits: draft.limits.map((limit) => ({ stage: limit.stage, areaClass: '',
						amount: limit.amount === '' ? null : Number(limit.amount), unit: limit.unit })),
				});
				Object.assign(draft, fresh());
				emit('created', minor);
			});
		}

		const problem = () => props.context.problem.value;
		const text = (field, key, attributes = {}) => h('label', [h('span', t(key)),
			h('input', { id: `category-${field}`, value: draft[field], onInput: (event) => { draft[field] = event.target.value; },
				...attributes }),
			h(FieldErrors, { problem: problem(), field })]);

		return () => h('form', { id: 'category-form', class: 'row-form', onSubmit: (event) => {
			event.preventDefault();
			create();
		} }, [
			h('h3', t('category.new')),
			h('label', [h('span', t('rules.kind')), h('select', { id: 'category-kind', value: draft.kind,
				onChange: (event) => { draft.kind = event.target.value; draft.major = ''; } },
			['EVENT', 'COMPONENT'].map((kind) => h('option', { value: kind }, t(`kind.${kind}`))))]),
			h('label', [h('span', t('category.major')), h('select', { id: 'category-major', value: draft.major, required: true,
				onChange: (event) => { draft.major = event.target.value; } }, [h('option', { value: '' }, t('category.chooseMajor')),
				...majorsOfKind.value.map((major) => h('option', { value: major.code }, `${major.code} ${name(major)}`))])]),
			h('label', [h('span', t('category.suffix')), h('input', { id: 'category-suffix', value: draft.suffix,
				required: true, pattern: '[0-9]{2}', maxlength: 2, inputmode: 'numeric',
				onInput: (event) => { draft.suffix = event.target.value; } }), h(FieldErrors, { problem: problem(), field: 'code' })]),
			text('nameZh', 'category.nameZh', { required: true }),
			text('nameEn', 'category.nameEn', { required: true }),
			text('filingCondition', 'category.filing', { required: true }),
			text('closingCondition', 'category.closing', { required: true }),
			h('label', [h('span', t('category.department')), h('select', { id: 'category-defaultDepartment',
				value: draft.defaultDepartment, onChange: (event) => { draft.defaultDepartment = event.target.value; } },
			[h('option', { value: '' }, t('category.territorial')),
				...props.context.departments.value.map((department) => h('option', { value: department.code },
					`${name(department)} (${department.code})`))]), h(FieldErrors, { problem: problem(), field: 'defaultDepartment' })]),
			...draft.limits.map((limit, i) => h('label', [h('span', t('limits.amountOf', t(`stage.${limit.stage}`))),
				h('span', { class: 'limit-pair' }, [
					h('input', { id: `category-limit-${i}`, type: 'number', min: 1, value: limit.amount, required: true,
						onInput: (event) => { limit.amount = event.target.value; } }),
					h('select', { id: `category-unit-${i}`, value: limit.unit, 'aria-label': t('limits.unitOf', t(`stage.${limit.stage}`)),
						onChange: (event) => { limit.unit = event.target.value; } },
					['DAYS', 'HOURS'].map((unit) => h('option', { value: unit }, t(`limits.unit.${unit}`)))),
				]),
				h(FieldErrors, { problem: problem(), field: `timeLimits[${i}]` })])),
			h('button', { type: 'submit', id: 'category-create' }, t('category.create')),
			h('button', { type: 'button', class: 'link', onClick: () => emit('cancel') }, t('limits.cancel')),
		]);
	},
};
