import { get, send, sendText } from '../api.js';
import { h, inject, onMounted, ref } from '../vue.js';

/** Lists a year's single-day exceptions and sets or removes one; each takes effect at once for new deadlines. */
export const ExceptionEditor = {
	props: { today: { type: String, required: true }, context: { type: Object, required: true } },
	setup(props) {
		const { t } = inject('i18n');
		const year = ref(Number(props.today.substring(0, 4)));
		const exceptions = ref([]);
		const date = ref(props.today);
		const working = ref('false');
		const name = ref('');

		async function list() {
			exceptions.value = await get('/api/v1/calendar/exceptions', { year: year.value });
		}

		function save() {
			props.context.guard(async () => {
				const day = await send('PUT', `/api/v1/calendar/exceptions/${encodeURIComponent(date.value)}`,
					{ workingDay: working.value === 'true', name: name.value });
				year.value = Number(day.date.substring(0, 4));
				await list();
				props.context.notify(t('exceptions.saved', day.date, t(day.workingDay ? 'exceptions.working' : 'exceptions.off')));
			});
		}

		function remove(exception) {
			props.context.guard(async () => {
				await sendText('DELETE', `/api/v1/calendar/exceptions/${exception.date}`, '');
				await list();
				props.context.notify(t('exceptions.removed', exception.date));
			});
		}

		onMounted(() => props.context.guard(list));

		const row = (exception) => h('li', { id: `exception-row-${exception.date}` }, [
			h('strong', exception.date), ' ',
			t(exception.workingDay ? 'exceptions.working' : 'exceptions.off'), ' · ', exception.name, ' ',
			h('span', { class: 'muted' }, exception.changedBy), ' ',
			h('button', { type: 'button', id: `exception-remove-${exception.date}`, class: 'link',
				onClick: () => remove(exception) }, t('exceptions.remove')),
		]);

		return () => h('section', { id: 'exceptions-panel' }, [
			h('h2', t('exceptions.heading')),
			h('p', { class: 'muted' }, t('exceptions.hint')),
			h('form', { id: 'exception-form', class: 'row-form', onSubmit: (event) => { event.preventDefault(); save(); } }, [
				h('label', [h('span', t('exceptions.date')), h('input', { id: 'exception-date', type: 'date', required: true,
					value: date.value, onInput: (event) => { date.value = event.target.value; } })]),
				h('label', [h('span', t('exceptions.kind')), h('select', { id: 'exception-working', value: working.value,
					onChange: (event) => { working.value = event.target.value; } }, [
					h('option', { value: 'false' }, t('exceptions.off')),
					h('option', { value: 'true' }, t('exceptions.working')),
				])]),
				h('label', [h('span', t('exceptions.name')), h('input', { id: 'exception-name', maxlength: 100,
					value: name.value, onInput: (event) => { name.value = event.target.value; } })]),
				h('button', { type: 'submit', id: 'exception-save' }, t('exceptions.save')),
			]),
			exceptions.value.length
				? h('ul', { id: 'exception-list' }, exceptions.value.map(row))
				: h('p', { id: 'exception-list', class: 'muted' }, t('exceptions.empty', year.value)),
		]);
	},
};
