import { h, inject } from '../vue.js';
import { described, errorLines } from './fields.js';

/** The caller's name and phone; the phone is personal information and shows masked to those who may not read it. */
export const CallerFields = {
	props: { form: Object, errors: Object },
	setup(props) {
		const { t } = inject('i18n');
		const input = (id, key, type, autocomplete) => h('div', { class: 'field' }, [
			h('label', { for: id }, t(`caller.${key}`)),
			h('input', { id, type, value: props.form[key === 'name' ? 'callerName' : 'callerPhone'], autocomplete,
				inputmode: type === 'tel' ? 'tel' : null,
				onInput: (event) => { props.form[key === 'name' ? 'callerName' : 'callerPhone'] = event.target.value; },
				...described(props.errors, id, key === 'phone' ? 'caller-hint' : null) }),
			errorLines(props.errors, id),
		]);
		return () => h('fieldset', { id: 'caller-fields' }, [
			h('legend', {}, t('caller.legend')),
			h('div', { class: 'pair' }, [input('caller-name', 'name', 'text', 'off'), input('caller-phone', 'phone', 'tel', 'off')]),
			h('p', { id: 'caller-hint', class: 'hint' }, t('caller.hint')),
		]);
	},
};
