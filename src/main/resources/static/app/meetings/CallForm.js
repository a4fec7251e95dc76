import { h, inject, ref } from '../vue.js';

const KINDS = ['CONSULTATION', 'ROUTINE', 'JOINT'];

/**
 * Calls a meeting now: one of the standing meetings given (those the caller may call) out of turn, or, where
 * `oneOff` allows it, a one-off meeting of a kind and title.
 */
export const CallForm = {
	props: { rules: { type: Array, required: true }, oneOff: { type: Boolean, default: true } },
	emits: ['call'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		const rule = ref(props.oneOff || props.rules.length === 0 ? '' : props.rules[0].code);
		const kind = ref('CONSULTATION');
		const title = ref('');

		function submit(event) {
			event.preventDefault();
			emit('call', rule.value ? { rule: rule.value } : { kind: kind.value, title: title.value });
		}

		return () => h('form', { class: 'panel', id: 'call-form', onSubmit: submit }, [
			h('h2', t('call.heading')),
			h('label', { class: 'field', for: 'call-rule' }, t('call.rule')),
			h('select', { id: 'call-rule', value: rule.value, onChange: (event) => { rule.value = event.target.value; } }, [
				props.oneOff ? h('option', { value: '' }, t('call.oneOff')) : null,
				...props.rules.map((r) => h('option', { value: r.code }, r.name)),
			]),
			rule.value ? null : [
				h('label', { class: 'field', for: 'call-kind' }, t('call.kind')),
				h('select', { id: 'call-kind', value: kind.value, onChange: (event) => { kind.value = event.target.value; } },
					KINDS.map((k) => h('option', { value: k }, t(`kind.${k}`)))),
				h('label', { class: 'field', for: 'call-title' }, t('call.title')),
				h('input', { id: 'call-title', value: title.value, maxlength: 100,
					onInput: (event) => { title.value = event.target.value; } }),
			],
			h('button', { type: 'submit', id: 'call-submit', class: 'primary' }, t('call.submit')),
		]);
	},
};
