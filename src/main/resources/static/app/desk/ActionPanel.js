import { h, inject, nextTick, ref, watch } from '../vue.js';
import { ActionForm } from './ActionForm.js';

/**
 * Exactly the actions the server allows the signed-in person now (the case's allowedActions), one button each;
 * choosing one opens its form below the buttons.
 */
export const ActionPanel = {
	props: { view: Object, directory: Object, names: Object },
	emits: ['done', 'conflict'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		const open = ref(null);
		watch(() => props.view.version, () => { open.value = null; });

		async function choose(action) {
			open.value = open.value === action ? null : action;
			await nextTick();
			const first = document.querySelector('#action-form input, #action-form select, #action-form textarea');
			if (first) {
				first.focus();
			}
		}

		return () => {
			const actions = props.view.allowedActions || [];
			return h('section', { id: 'case-actions', class: 'detail-section', 'aria-labelledby': 'case-actions-title',
				'data-actions': actions.join(' ') }, [
				h('h3', { id: 'case-actions-title' }, t('detail.actions')),
				actions.length ? h('div', { class: 'action-buttons' }, actions.map((action) => h('button', {
					type: 'button', id: `action-${action}`, 'data-action': action, 'aria-expanded': String(open.value === action),
					class: { primary: open.value === action }, onClick: () => choose(action),
				}, props.names.action(action)))) : h('p', { class: 'muted', id: 'case-no-actions' }, t('detail.noActions')),
				open.value ? h(ActionForm, { key: `${open.value}-${props.view.version}`, action: open.value, view: props.view,
					directory: props.directory, names: props.names,
					onDone: (view) => { open.value = null; emit('done', view); },
					onConflict: () => { open.value = null; emit('conflict'); },
					onCancel: () => { open.value = null; } }) : null,
			]);
		};
	},
};
