import { get } from '../api.js';
import { h, inject, ref } from '../vue.js';

/** The offset of the calendar's zone at a date, such as +08:00, so that a local start time means the same there. */
function offsetOf(zone, localDateTime) {
	const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
		.formatToParts(new Date(`${localDateTime}:00Z`)).find((part) => part.type === 'timeZoneName').value;
	return name === 'GMT' ? '+00:00' : name.substring(3);
}

/** Computes when N working days from a start end, as a case's clock would, and says if days were estimated. */
export const DeadlineTry = {
	props: { zone: { type: String, required: true }, today: { type: String, required: true },
		context: { type: Object, required: true } },
	setup(props) {
		const { t } = inject('i18n');
		const start = ref(`${props.today}T10:00`);
		const days = ref(15);
		const result = ref(null);

		function run() {
			props.context.guard(async () => {
				result.value = await get('/api/v1/calendar/deadline',
					{ start: `${start.value}:00${offsetOf(props.zone, start.value)}`, days: days.value });
			});
		}

		return () => h('section', { id: 'deadline-panel' }, [
			h('h2', t('deadline.heading')),
			h('form', { id: 'deadline-form', class: 'row-form', onSubmit: (event) => { event.preventDefault(); run(); } }, [
				h('label', [h('span', t('deadline.start')), h('input', { id: 'deadline-start', type: 'datetime-local',
					required: true, value: start.value, onInput: (event) => { start.value = event.target.value; } })]),
				h('label', [h('span', t('deadline.days')), h('input', { id: 'deadline-days', type: 'number', min: 1,
					max: 366, value: days.value, onInput: (event) => { days.value = event.target.value; } })]),
				h('button', { type: 'submit', id: 'deadline-run' }, t('deadline.run')),
			]),
			result.value ? h('p', { id: 'deadline-result', 'data-deadline': result.value.deadline,
				'data-fallback': String(result.value.fallback) }, [
				t('deadline.result', result.value.localDeadline.substring(0, 16).replace('T', ' ')),
				result.value.fallback ? h('span', { class: 'warning-text' }, ` ${t('deadline.fallback',
					result.value.fallbackYears.join(', '))}`) : null,
			]) : null,
		]);
	},
};
