import { h, inject } from '../vue.js';
import { outstanding } from './actionForms.js';
import { minorKey } from './directory.js';
import { PhotoUpload } from './PhotoUpload.js';

/**
 * One field of an action form, labelled, with its error from the server right under it (linked for screen readers
 * through aria-describedby). The field's id is field-<name>, its error's field-<name>-error.
 */
export const FormField = {
	props: { field: Object, values: Object, error: String, view: Object, directory: Object, names: Object },
	setup(props) {
		const { t } = inject('i18n');
		const id = () => `field-${props.field.name}`;
		const errorId = () => `${id()}-error`;
		const common = () => ({ id: id(), name: props.field.name, 'aria-invalid': props.error ? 'true' : null,
			'aria-describedby': props.error ? errorId() : null, 'aria-required': props.field.required ? 'true' : null });
		const set = (value) => { props.values[props.field.name] = value; };
		const option = (value, label, selected) => h('option', { value, selected }, label);
		const trail = () => (props.view.gridTrails || []).find((one) => one.layer === props.view.primaryLayer);

		function departmentOptions() {
			const suggested = props.view.responsibility;
			const suggestedCode = suggested && (suggested.leadDepartment || (suggested.territory ? `grid:${suggested.territory}` : ''));
			const label = (code) => `${props.names.department(code, trail())}${code === suggestedCode ? ` ${t('field.suggested')}` : ''}`;
			const chosen = props.values[props.field.name];
			const grids = (trail() ? trail().grids : []).map((step) => `grid:${step.code}`);
			return [
				option('', t('field.choose'), chosen === ''),
				h('optgroup', { label: t('detail.lead') }, props.directory.departments.map((department) =>
					option(department.code, label(department.code), chosen === department.code))),
				h('optgroup', { label: t('basis.TERRITORIAL') }, grids.map((code) => option(code, label(code), chosen === code))),
			];
		}

		function control() {
			const field = props.field;
			const value = props.values[field.name];
			switch (field.type) {
				case 'textarea':
					return h('textarea', { ...common(), rows: 3, value, onInput: (event) => set(event.target.value) });
				case 'number':
					return h('input', { ...common(), type: 'number', inputmode: 'numeric', min: 1, value,
						onInput: (event) => set(event.target.value) });
				case 'coordinate':
					return h('input', { ...common(), type: 'number', inputmode: 'decimal', step: 'any', value,
						onInput: (event) => set(event.target.value) });
				case 'checkbox':
				case 'confirm':
					return h('input', { ...common(), type: 'checkbox', checked: value,
						onChange: (event) => set(event.target.checked) });
				case 'yesno':
					return h('div', { class: 'choices', role: 'radiogroup', 'aria-labelledby': `${id()}-label` }, [
						['true', field.yes], ['false', field.no]].map(([choice, label]) => h('label', { class: 'choice' }, [
						h('input', { type: 'radio', name: field.name, id: `${id()}-${choice}`, value: choice,
							checked: value === choice, onChange: () => set(choice) }), h('span', t(label))])));
				case 'choice':
					return h('select', { ...common(), onChange: (event) => set(event.target.value) }, [
						field.blank ? option('', t(field.blank), value === '') : null,
						...field.values.map((choice) => option(choice, t(`${field.prefix}.${choice}`), value === choice))]);
				case 'department':
					return h('select', { ...common(), onChange: (event) => set(event.target.value) }, departmentOptions());
				case 'outstanding':
					return h('select', { ...common(), onChange: (event) => set(event.target.value) },
						outstanding(props.view).map((code) => option(code, props.names.department(code, trail()), value === code)));
				case 'assisting':
					return h('fieldset', { class: 'assisting', id: id(), 'aria-describedby': props.error ? errorId() : null }, [
						h('legend', t(field.label)),
						h('div', { class: 'checks' }, props.directory.departments.map((department) => h('label', { class: 'choice' }, [
							h('input', { type: 'checkbox', value: department.code, checked: value.includes(department.code),
								onChange: (event) => set(event.target.checked ? [...value, department.code]
									: value.filter((code) => code !== department.code)) }),
							h('span', props.names.department(department.code))])))]);
				case 'category':
					return h('select', { ...common(), onChange: (event) => set(event.target.value) }, [
						option('', t('field.keepCategory'), value === ''),
						...props.directory.majors.map((major) => h('optgroup', { label: props.names.major(major) },
							(major.minorClasses || []).map((minor) => option(minorKey(minor.kind, minor.code),
								props.names.category(minor.code, minor.kind), value === minorKey(minor.kind, minor.code)))))]);
				case 'notice':
					return h('select', { ...common(), onChange: (event) => set(event.target.value) },
						(props.view.notices || []).filter((notice) => !notice.answeredAt).map((notice) => option(String(notice.id),
							t('field.noticeOption', notice.id, t(`noticeKind.${notice.kind}`), notice.note || ''),
							value === String(notice.id))));
				case 'attachments':
					return h('div', { class: 'attachments-field' }, [
						h('textarea', { ...common(), rows: 2, value, onInput: (event) => set(event.target.value) }),
						h(PhotoUpload, { onUploaded: (url) => set(`${value ? `${value.trim()}\n` : ''}${url}`) }),
					]);
				default:
					return h('input', { ...common(), value, onInput: (event) => set(event.target.value) });
			}
		}

		function condition() {
			const minor = props.directory.minors.get(minorKey(props.view.kind, props.view.minorCode));
			const text = minor && minor[props.field.condition];
			return text ? h('p', { class: 'condition muted' }, t(props.field.condition === 'filingCondition'
				? 'field.filingCondition' : 'field.closingCondition', text)) : null;
		}

		return () => {
			const field = props.field;
			const inline = field.type === 'checkbox' || field.type === 'confirm';
			const label = field.type === 'assisting' ? null : h(field.type === 'yesno' ? 'span' : 'label', {
				for: field.type === 'yesno' ? null : id(), id: `${id()}-label`, class: 'label' }, [
				t(field.label), field.required ? null : h('span', { class: 'muted' }, ` ${t('form.optional')}`)]);
			return h('div', { class: ['form-field', `type-${field.type}`, { inline, invalid: Boolean(props.error) }],
				'data-field': field.name }, [
				field.type === 'confirm' ? condition() : null,
				inline ? [control(), label] : [label, control()],
				props.error ? h('p', { class: 'field-error', id: errorId() }, props.error) : null,
			]);
		};
	},
};
