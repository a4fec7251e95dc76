import { h, inject, ref } from '../vue.js';

/**
 * What the meeting decided on one case: one of the actions given (those the caller may take), the department it
 * names when it needs one, and its words.
 */
export const DecisionForm = {
	props: { caseId: { type: Number, required: true }, departments: { type: Array, required: true },
		actions: { type: Array, required: true } },
	emits: ['decide'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		const action = ref(props.actions[0]);
		const department = ref('');
		const note = ref('');
		const id = (name) => `${name}-${props.caseId}`;
		const needsDepartment = () => action.value === 'dispatch' || action.value === 'arbitrate';

		function submit(event) {
			event.preventDefault();
			emit('decide', { caseId: props.caseId, action: action.value, note: note.value,
				department: needsDepartment() ? department.value || null : null });
		}

		return () => h('form', { class: 'decision', onSubmit: submit }, [
			h('label', { class: 'visually-hidden', for: id('action') }, t('decision.action')),
			h('select', { id: id('action'), value: action.value, onChange: (event) => { action.value = event.target.value; } },
				props.actions.map((a) => h('option', { value: a }, t(`action.${a}`)))),
			needsDepartment() ? [
				h('label', { class: 'visually-hidden', for: id('department') }, t('decision.department')),
				h('select', { id: id('department'), value: department.value,
					onChange: (event) => { department.value = event.target.value; } }, [
					h('option', { value: '' }, t('decision.chooseDepartment')),
					...props.departments.map((d) => h('option', { value: d.code }, d.nameZh || d.code)),
				]),
			] : null,
			h('label', { class: 'visually-hidden', for: id('note') }, t('decision.note')),
			h('input', { id: id('note'), value: note.value, maxlength: 500, placeholder: t('decision.note'),
				onInput: (event) => { note.value = event.target.value; } }),
			h('button', { type: 'submit', id: id('decide'), class: 'primary' }, t('decision.submit')),
		]);
	},
};
