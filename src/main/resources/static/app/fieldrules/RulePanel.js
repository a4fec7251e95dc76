import { get, send, sendText } from '../api.js';
import { FieldErrors } from '../config/FieldErrors.js';
import { h, inject, onMounted, reactive, ref } from '../vue.js';

/** A form field's value as the draft holds it: times as "09:00, 15:00", flags as booleans, the rest as text. */
function draftOf(fields, rule) {
	const draft = { code: rule ? rule.code : '' };
	fields.forEach((field) => {
		const value = rule ? rule[field.name] : field.initial;
		draft[field.name] = field.type === 'times' ? (value || []).map((time) => time.slice(0, 5)).join(', ')
			: field.type === 'checkbox' ? value !== false : value == null ? '' : String(value).slice(0, field.type === 'time' ? 5 : undefined);
	});
	return draft;
}

/** The draft as the API takes it: blanks as absent, numbers as numbers, times as a list. */
function bodyOf(fields, draft) {
	const body = {};
	fields.forEach((field) => {
		const value = draft[field.name];
		if (field.type === 'number') {
			body[field.name] = value === '' ? null : Number(value);
		}
		else if (field.type === 'times') {
			body[field.name] = value.split(/[,,\s]+/).filter(Boolean);
		}
		else if (field.type === 'checkbox') {
			body[field.name] = value;
		}
		else {
			body[field.name] = value === '' ? null : value;
		}
	});
	return body;
}

/**
 * One kind of rule a unit keeps (staffing, patrol minimum, spot checks): its rules in a table, each editable or
 * removable by those the server lets, a form that adds or replaces a rule by its code with the server's refusals
 * beside their fields, and below, what the rules find (the shortfall slot).
 */
export const RulePanel = {
	props: { id: String, title: String, path: String, columns: Array, fields: Array, editable: Boolean,
		context: Object, lists: { type: Object, default: () => ({}) } },
	setup(props, { slots }) {
		const { t, locale } = inject('i18n');
		const rules = ref([]);
		const draft = reactive(draftOf(props.fields, null));
		const problem = ref(null);

		async function load() {
			rules.value = await get(props.path);
		}
		onMounted(() => props.context.guard(load));

		const edit = (rule) => Object.assign(draft, draftOf(props.fields, rule));

		function save() {
			problem.value = null;
			props.context.guard(async () => {
				try {
					await send('PUT', `${props.path}/${encodeURIComponent(draft.code.trim())}`, bodyOf(props.fields, draft));
				}
				catch (refusal) {
					problem.value = refusal.problem || null;
					throw refusal;
				}
				props.context.notify(t('rules.saved', draft.code.trim()));
				Object.assign(draft, draftOf(props.fields, null));
				await load();
			});
		}

		function remove(rule) {
			if (!window.confirm(t('rules.confirmRemove', rule.code))) {
				return;
			}
			props.context.guard(async () => {
				await sendText('DELETE', `${props.path}/${encodeURIComponent(rule.code)}`, '');
				props.context.notify(t('rules.removed', rule.code));
				await load();
			});
		}

		/** A coded thing by its name in the page's language, with its code beside it. */
		const label = (item) => `${(locale.value === 'en' && item.nameEn) || item.nameZh || item.name || item.code}`
			+ ` (${item.code})`;

		/**
		 * A choice from the district's own units, departments or roles instead of a typed code; a stored code that is
		 * not in the list stays as it is, so that editing a rule never loses it.
		 */
		const picker = (field, id) => {
			const items = props.lists[field.pick] || [];
			const value = draft[field.name];
			const known = items.some((item) => item.code === value);
			return h('select', { id, value, required: Boolean(field.required), onChange: (event) => { draft[field.name] = event.target.value; } }, [
				h('option', { value: '' }, t(field.required ? 'rules.choose' : field.any)),
				...items.map((item) => h('option', { value: item.code, selected: item.code === value }, label(item))),
				value && !known ? h('option', { value, selected: true }, value) : null,
			]);
		};

		const control = (field) => {
			const id = `${props.id}-${field.name}`;
			if (field.pick) {
				return picker(field, id);
			}
			if (field.type === 'checkbox') {
				return h('input', { id, type: 'checkbox', checked: draft[field.name],
					onChange: (event) => { draft[field.name] = event.target.checked; } });
			}
			return h('input', { id, type: field.type === 'number' ? 'number' : field.type === 'time' ? 'time' : 'text',
				value: draft[field.name], placeholder: field.hint ? t(field.hint) : null,
				onInput: (event) => { draft[field.name] = event.target.value; } });
		};

		const form = () => h('form', { id: `${props.id}-form`, class: 'row-form', onSubmit: (event) => {
			event.preventDefault();
			save();
		} }, [
			h('label', [h('span', t('rules.code')), h('input', { id: `${props.id}-code`, value: draft.code, required: true,
				onInput: (event) => { draft.code = event.target.value; } }), h(FieldErrors, { problem: problem.value, field: 'code' })]),
			...props.fields.map((field) => h('label', [h('span', t(field.label)), control(field),
				h(FieldErrors, { problem: problem.value, field: field.name, id: `${props.id}-${field.name}-error` })])),
			h('button', { type: 'submit', id: `${props.id}-save` }, t('rules.save')),
		]);

		return () => h('section', { id: props.id, class: 'panel', 'aria-labelledby': `${props.id}-heading` }, [
			h('h2', { id: `${props.id}-heading` }, t(props.title)),
			h('table', { id: `${props.id}-table` }, [
				h('thead', h('tr', [t('rules.code'), ...props.columns.map((column) => t(column.label)), ''].map((text) =>
					h('th', text)))),
				h('tbody', rules.value.length ? rules.value.map((rule) => h('tr', { id: `${props.id}-row-${rule.code}` }, [
					h('td', rule.code), ...props.columns.map((column) => h('td', column.show(rule))),
					h('td', props.editable ? [
						h('button', { type: 'button', class: 'link', onClick: () => edit(rule) }, t('rules.edit')),
						' ',
						h('button', { type: 'button', class: 'link', id: `${props.id}-remove-${rule.code}`,
							onClick: () => remove(rule) }, t('rules.remove')),
					] : null),
				])) : h('tr', h('td', { colspan: props.columns.length + 2, class: 'muted' }, t('rules.none')))),
			]),
			props.editable ? form() : null,
			slots.default ? slots.default({ rules: rules.value }) : null,
		]);
	},
};
