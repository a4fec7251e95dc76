import { h, inject, ref } from '../vue.js';

/** The meeting's minutes (纪要) and who attended, one name per line; writing them marks the meeting held. */
export const MinutesForm = {
	props: { meeting: { type: Object, required: true } },
	emits: ['record'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		const minutes = ref(props.meeting.minutes || '');
		const attendees = ref((props.meeting.attendees || []).join('\n'));

		function submit(event) {
			event.preventDefault();
			emit('record', { minutes: minutes.value, attendees: attendees.value.split('\n').map((name) => name.trim())
				.filter((name) => name) });
		}

		return () => h('form', { id: 'minutes-form', onSubmit: submit }, [
			h('h3', t('minutes.heading')),
			h('label', { class: 'field', for: 'minutes' }, t('minutes.text')),
			h('textarea', { id: 'minutes', rows: 5, value: minutes.value,
				onInput: (event) => { minutes.value = event.target.value; } }),
			h('label', { class: 'field', for: 'attendees' }, t('minutes.attendees')),
			h('textarea', { id: 'attendees', rows: 3, value: attendees.value,
				onInput: (event) => { attendees.value = event.target.value; } }),
			h('button', { type: 'submit', id: 'minutes-submit', class: 'primary' }, t('minutes.submit')),
		]);
	},
};
