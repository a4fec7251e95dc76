import { createFormat } from '../field/format.js';
import { guardWith } from '../guard.js';
import { api, get, send } from '../api.js';
import { PageHeader } from '../PageHeader.js';
import { ProblemBox } from '../ProblemBox.js';
import { h, inject, onMounted, ref, watchEffect } from '../vue.js';
import { TicketCard } from './TicketCard.js';

/**
 * The tickets from 12345, 12319, 110 and the provincial platform that wait for a person, oldest first: the
 * operator reads each, picks its class and files it as a case, teaching OneGrid the source's words when asked.
 */
export const TriagePage = {
	setup() {
		const { t, locale } = inject('i18n');
		const me = ref(null);
		const zone = ref('Asia/Shanghai');
		const categories = ref([]);
		const tickets = ref([]);
		const problem = ref(null);
		const notice = ref('');
		const format = createFormat(t, locale, zone, categories);
		const guard = guardWith(problem, t, () => { notice.value = ''; });

		async function load() {
			tickets.value = await get('/api/v1/hotline/triage');
		}

		function resolve(ticket, decision) {
			guard(async () => {
				const done = await send('POST', `/api/v1/hotline/triage/${ticket.id}/resolve`, decision);
				notice.value = t('notice.cased', ticket.ticketNo, done.caseId);
				await load();
			});
		}

		watchEffect(() => {
			document.title = `${t('page.title')} · OneGrid`;
		});
		onMounted(() => guard(async () => {
			me.value = await api.me();
			const [years, tree] = await Promise.all([get('/api/v1/calendar/years'), get('/api/v1/catalogue/categories')]);
			zone.value = years.zone || zone.value;
			categories.value = tree.flatMap((major) => major.minorClasses.map((minor) => ({ ...minor,
				majorZh: major.nameZh, majorEn: major.nameEn })));
			await load();
		}).finally(() => {
			document.body.dataset.ready = 'true';
		}));

		return () => h('div', { class: 'assessment-page triage-page' }, [
			h(PageHeader, { me: me.value }),
			h('main', { id: 'triage-main' }, [
				h(ProblemBox, { problem: problem.value, onDismiss: () => { problem.value = null; } }),
				notice.value ? h('p', { id: 'notice', role: 'status' }, notice.value) : null,
				h('p', { id: 'waiting', class: 'muted' }, t('page.waiting', tickets.value.length)),
				...tickets.value.map((ticket) => h(TicketCard, { key: ticket.id, ticket, categories: categories.value,
					format, onResolve: resolve })),
			]),
		]);
	},
};
