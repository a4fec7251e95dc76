import { send } from '../api.js';
import { h, inject, ref } from '../vue.js';
import { PhotoInput } from './PhotoInput.js';

/** What each action the field page offers asks for; the server's allowedActions decide which are shown. */
const FORMS = {
	verify: { choice: 'confirmed', reasonWhenNo: true, note: true, photo: true },
	check: { choice: 'passed', note: true, photo: true },
	feedback: { note: true, noteRequired: true, photo: true },
	close: { condition: true, note: true },
	sign: { note: true },
	return: { reason: true },
	escalate: { reason: true, note: true },
	evaluate: { satisfaction: true, note: true },
};

export const FIELD_ACTIONS = Object.keys(FORMS);

/**
 * One action on a case, as a form: the yes/no the action needs (confirmed for 核实, passed for 核查), a reason, a note
 * and a photo. It sends the case version it saw, so that an action on a case changed meanwhile is refused rather
 * than applied to something the worker did not see.
 */
export const ActionForm = {
	props: { action: { type: String, required: true }, view: { type: Object, required: true } },
	emits: ['done'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		const field = inject('field');
		const form = FORMS[props.action];
		const choice = ref(null);
		const reason = ref('');
		const note = ref('');
		const condition = ref(false);
		const satisfaction = ref('');
		const photo = ref(null);
		const uploading = ref(false);
		const missing = ref('');
		const id = (name) => `action-${props.action}-${name}`;

		function check() {
			if (form.choice && choice.value === null) {
				return t('action.form.chooseYesNo');
			}
			if ((form.reason || (form.reasonWhenNo && choice.value === false)) && !reason.value.trim()) {
				return t('action.form.reasonRequired');
			}
			if (form.noteRequired && !note.value.trim()) {
				return t('action.form.noteRequired');
			}
			if (form.condition && !condition.value) {
				return t('action.form.conditionRequired');
			}
			if (form.satisfaction && !satisfaction.value) {
				return t('action.form.satisfactionRequired');
			}
			return '';
		}

		async function submit(event) {
			event.preventDefault();
			missing.value = check();
			if (missing.value) {
				return;
			}
			const body = { version: props.view.version };
			if (form.choice) {
				body[form.choice] = choice.value;
			}
			if (reason.value.trim()) {
				body.reason = reason.value.trim();
			}
			if (note.value.trim()) {
				body.note = note.value.trim();
			}
			if (form.condition) {
				body.conditionMet = true;
			}
			if (form.satisfaction) {
				body.satisfaction = satisfaction.value;
			}
			if (photo.value) {
				body.attachments = [photo.value];
			}
			const ok = await field.guard(async () => {
				const answer = await send('POST', `/api/v1/cases/${props.view.id}/actions/${props.action}`, body);
				field.notify(t('action.form.done', field.format.action(props.action), answer.caseNo,
					field.format.label(answer.stateName)));
				emit('done', answer);
			});
			return ok;
		}

		function yesNo() {
			return h('fieldset', { class: 'yes-no' }, [
				h('legend', t(`action.form.${form.choice}`)),
				...[true, false].map((value) => h('label', { class: 'choice' }, [
					h('input', { type: 'radio', name: id('choice'), id: id(value ? 'yes' : 'no'), value: String(value),
						checked: choice.value === value, onChange: () => { choice.value = value; } }),
					h('span', t(`action.form.${form.choice}.${value ? 'yes' : 'no'}`)),
				])),
			]);
		}

		function closingCondition() {
			const minor = field.categories.value.find((item) => item.code === props.view.minorCode);
			return h('label', { class: 'choice' }, [
				h('input', { type: 'checkbox', id: id('condition'), checked: condition.value,
					onChange: (event) => { condition.value = event.target.checked; } }),
				h('span', t('action.form.condition', minor && minor.closingCondition ? minor.closingCondition : '')),
			]);
		}

		function text(name, model, rows) {
			return h('label', { class: 'field' }, [
				h('span', t(`action.form.${name}`)),
				h('textarea', { id: id(name), rows, maxlength: name === 'reason' ? 500 : 2000, value: model.value,
					onInput: (event) => { model.value = event.target.value; } }),
			]);
		}

		return () => h('form', { class: 'action-form', id: id('form'), 'data-action': props.action, novalidate: true,
			onSubmit: submit }, [
			h('h3', field.format.action(props.action)),
			form.choice ? yesNo() : null,
			form.condition ? closingCondition() : null,
			form.satisfaction ? h('label', { class: 'field' }, [
				h('span', t('action.form.satisfaction')),
				h('select', { id: id('satisfaction'), value: satisfaction.value,
					onChange: (event) => { satisfaction.value = event.target.value; } }, [
					h('option', { value: '' }, t('action.form.choose')),
					...['SATISFIED', 'MOSTLY_SATISFIED', 'DISSATISFIED'].map((value) => h('option', { value },
						t(`satisfaction.${value}`))),
				]),
			]) : null,
			form.reason || (form.reasonWhenNo && choice.value === false) ? text('reason', reason, 2) : null,
			form.note ? text('note', note, 3) : null,
			form.photo ? h(PhotoInput, { idPrefix: id('x'), modelValue: photo.value,
				'onUpdate:modelValue': (value) => { photo.value = value; },
				onBusy: (busy) => { uploading.value = busy; } }) : null,
			missing.value ? h('p', { class: 'warning', role: 'alert' }, missing.value) : null,
			h('button', { type: 'submit', id: id('submit'), class: 'primary', disabled: uploading.value },
				t('action.form.submit', field.format.action(props.action))),
		]);
	},
};
