import { send } from '../api.js';
import { h, inject, reactive, ref, watch } from '../vue.js';
import { ACTION_FIELDS, initialValues, requestBody } from './actionForms.js';
import { FormField } from './FormField.js';
import { ProblemBox } from './ProblemBox.js';
import { describe } from './problems.js';

/** Server fields shown next to another field of the form. */
const SHOWN_AT = { kind: 'minorCode' };

/**
 * The form of one action: its fields, then confirm or cancel. It sends the version of the case shown, so a case
 * someone else changed meanwhile is refused rather than overwritten; the refusal is shown field by field.
 */
export const ActionForm = {
	props: { action: String, view: Object, directory: Object, names: Object },
	emits: ['done', 'conflict', 'cancel'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		const values = reactive(initialValues(props.action, props.view));
		const problem = ref(null);
		const busy = ref(false);
		const picked = inject('mapPick', null);
		if (picked && (ACTION_FIELDS[props.action] || []).some((field) => field.type === 'coordinate')) {
			watch(picked, (point) => {
				if (point) {
					values.lon = String(point.lon);
					values.lat = String(point.lat);
				}
			});
		}

		async function submit(event) {
			event.preventDefault();
			busy.value = true;
			problem.value = null;
			try {
				const view = await send('POST', `/api/v1/cases/${props.view.id}/actions/${props.action}`,
					requestBody(props.action, props.view, values, props.directory));
				emit('done', view);
			}
			catch (failure) {
				if (failure.status === 409) {
					emit('conflict');
					return;
				}
				const described = describe(failure, t);
				for (const [from, to] of Object.entries(SHOWN_AT)) {
					if (described.fields[from]) {
						described.fields[to] = described.fields[from];
						delete described.fields[from];
					}
				}
				problem.value = described;
			}
			finally {
				busy.value = false;
			}
		}

		return () => {
			const fields = ACTION_FIELDS[props.action] || [];
			const errors = problem.value ? problem.value.fields : {};
			return h('form', { id: 'action-form', class: 'action-form', 'data-action': props.action, novalidate: true,
				'aria-labelledby': 'action-form-title', onSubmit: submit }, [
				h('h4', { id: 'action-form-title' }, props.names.action(props.action)),
				props.action === 'approve' && props.view.pendingRequest ? h('p', { class: 'muted' }, t('field.pendingApprove',
					t(`request.${props.view.pendingRequest.kind}`))) : null,
				fields.some((field) => field.type === 'coordinate') ? h('p', { id: 'action-pick-hint', class: 'muted' },
					t('field.pickOnMap')) : null,
				fields.map((field) => h(FormField, { key: field.name, field, values, error: errors[field.name] || null,
					view: props.view, directory: props.directory, names: props.names })),
				h(ProblemBox, { id: 'action-problem', described: problem.value, shownFields: fields.map((field) => field.name),
					onDismiss: () => { problem.value = null; } }),
				h('div', { class: 'buttons' }, [
					h('button', { type: 'submit', id: 'action-submit', class: 'primary', disabled: busy.value },
						busy.value ? t('form.busy') : t('form.submit', props.names.action(props.action))),
					h('button', { type: 'button', id: 'action-cancel', onClick: () => emit('cancel') }, t('form.cancel')),
				]),
			]);
		};
	},
};
