import { h, inject } from '../vue.js';

/**
 * The district's roles as checkboxes, each by its name in the page's language with its code beside it, so that an
 * administrator picks roles instead of typing codes. Gives the chosen codes back in the district's order.
 */
export const RoleChecks = {
	props: { roles: { type: Array, required: true }, modelValue: { type: Array, required: true }, id: String,
		label: String },
	emits: ['update:modelValue'],
	setup(props, { emit }) {
		const { locale } = inject('i18n');
		const name = (role) => (locale.value === 'zh-CN' ? role.nameZh : role.nameEn || role.nameZh);

		function toggle(code, on) {
			const chosen = new Set(props.modelValue);
			if (on) {
				chosen.add(code);
			}
			else {
				chosen.delete(code);
			}
			emit('update:modelValue', props.roles.map((role) => role.code).filter((c) => chosen.has(c)));
		}

		return () => h('fieldset', { id: props.id, class: 'role-checks' }, [
			props.label ? h('legend', props.label) : null,
			props.roles.map((role) => h('label', { class: 'role-check' }, [
				h('input', { type: 'checkbox', id: `${props.id}-${role.code}`, value: role.code,
					checked: props.modelValue.includes(role.code),
					onChange: (event) => toggle(role.code, event.target.checked) }),
				h('span', `${name(role)} (${role.code})`),
			])),
		]);
	},
};
