import { h, inject } from '../vue.js';

/**
 * Coded things with a Chinese and an English name (roles, departments) as checkboxes, each by its name in the page's
 * language with its code beside it, so that an administrator picks them instead of typing codes. Gives the chosen
 * codes back in the order of the list.
 */
export const CodeChecks = {
	props: { items: { type: Array, required: true }, modelValue: { type: Array, required: true }, id: String,
		label: String },
	emits: ['update:modelValue'],
	setup(props, { emit }) {
		const { locale } = inject('i18n');
		const name = (item) => (locale.value === 'zh-CN' ? item.nameZh : item.nameEn || item.nameZh);

		function toggle(code, on) {
			const chosen = new Set(props.modelValue);
			if (on) {
				chosen.add(code);
			}
			else {
				chosen.delete(code);
			}
			emit('update:modelValue', props.items.map((item) => item.code).filter((c) => chosen.has(c)));
		}

		return () => h('fieldset', { id: props.id, class: 'role-checks' }, [
			props.label ? h('legend', props.label) : null,
			props.items.map((item) => h('label', { class: 'role-check' }, [
				h('input', { type: 'checkbox', id: `${props.id}-${item.code}`, value: item.code,
					checked: props.modelValue.includes(item.code),
					onChange: (event) => toggle(item.code, event.target.checked) }),
				h('span', `${name(item)} (${item.code})`),
			])),
		]);
	},
};
