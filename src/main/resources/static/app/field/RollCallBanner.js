import { send, get } from '../api.js';
import { h, inject, onBeforeUnmount, onMounted, ref } from '../vue.js';

const CHECK_EVERY = 30000;

/**
 * The roll calls (点名) that called the signed-in person and still wait for their answer, each with the time left
 * and a button to report in (报到). An answer is sent at once, not queued: a roll call asks who is there now.
 */
export const RollCallBanner = {
	name: 'RollCallBanner',
	setup() {
		const { t } = inject('i18n');
		const field = inject('field');
		const calls = ref([]);
		const answered = ref(null);
		let timer = null;

		async function load() {
			const mine = await get('/api/v1/roll-calls/mine');
			calls.value = mine.filter((call) => call.attendees[0] && call.attendees[0].status === 'WAITING');
		}

		function answer(call) {
			field.guard(async () => {
				const line = await send('POST', `/api/v1/roll-calls/${call.id}/answer`);
				answered.value = t(line.status === 'LATE' ? 'rollCall.late' : 'rollCall.present',
					field.format.time(line.answeredAt));
				await load();
			});
		}

		onMounted(() => {
			field.guard(load);
			timer = window.setInterval(() => field.guard(load), CHECK_EVERY);
		});
		onBeforeUnmount(() => window.clearInterval(timer));

		return () => h('section', { id: 'roll-calls', 'aria-live': 'polite' }, [
			...calls.value.map((call) => h('div', { class: 'panel warning roll-call', 'data-roll-call': call.id }, [
				h('p', t('rollCall.waiting', field.format.time(call.answerBy),
					field.format.deadline(call.answerBy).text) + (call.note ? ` · ${call.note}` : '')),
				h('button', { type: 'button', class: 'primary', id: `roll-call-answer-${call.id}`,
					onClick: () => answer(call) }, t('rollCall.answer')),
			])),
			answered.value ? h('p', { id: 'roll-call-answered', role: 'status', class: 'ok' }, answered.value) : null,
		]);
	},
};
