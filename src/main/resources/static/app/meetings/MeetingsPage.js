import { createFormat } from '../field/format.js';
import { guardWith } from '../guard.js';
import { api, get, send } from '../api.js';
import { PageHeader } from '../PageHeader.js';
import { ProblemBox } from '../ProblemBox.js';
import { h, inject, onMounted, ref, watchEffect } from '../vue.js';
import { CallForm } from './CallForm.js';
import { MeetingDetail } from './MeetingDetail.js';

/**
 * A unit's meetings, latest first: the convener calls a one-off meeting or a standing one out of turn, opens one to
 * see the stuck cases on its agenda, records what it decided on each case (applied to the case at once) and writes
 * its minutes.
 */
export const MeetingsPage = {
	setup() {
		const { t, locale } = inject('i18n');
		const me = ref(null);
		const zone = ref('Asia/Shanghai');
		const units = ref([]);
		const departments = ref([]);
		const unit = ref(new URLSearchParams(window.location.search).get('unit') || '');
		const rules = ref([]);
		const meetings = ref([]);
		const chosen = ref(null);
		const problem = ref(null);
		const notice = ref('');
		const format = createFormat(t, locale, zone, ref([]));
		const guard = guardWith(problem, t, () => { notice.value = ''; });
		const path = (code) => `/api/v1/units/${encodeURIComponent(code)}`;

		async function load() {
			if (!unit.value) {
				return;
			}
			[rules.value, meetings.value] = await Promise.all([get(`${path(unit.value)}/meeting-rules`),
				get(`${path(unit.value)}/meetings`)]);
			const still = chosen.value && meetings.value.find((m) => m.id === chosen.value.id);
			chosen.value = still || meetings.value[0] || null;
		}

		const run = (action, message) => guard(async () => {
			const meeting = await action();
			await load();
			chosen.value = meetings.value.find((m) => m.id === meeting.id) || meeting;
			notice.value = t(message, meeting.title);
		});

		const call = (body) => run(() => send('POST', `${path(unit.value)}/meetings`, body), 'notice.called');
		const decide = (body) => run(() => send('POST', `/api/v1/meetings/${chosen.value.id}/decisions`, body),
			'notice.decided');
		const record = (body) => run(() => send('PUT', `/api/v1/meetings/${chosen.value.id}/minutes`, body),
			'notice.recorded');

		function pick(code) {
			unit.value = code;
			chosen.value = null;
			guard(load);
		}

		watchEffect(() => {
			document.title = `${t('page.title')} · OneGrid`;
		});
		onMounted(() => guard(async () => {
			me.value = await api.me();
			const [years, unitList, departmentList] = await Promise.all([get('/api/v1/calendar/years'),
				get('/api/v1/units'), get('/api/v1/departments')]);
			zone.value = years.zone || zone.value;
			units.value = unitList;
			departments.value = departmentList;
			unit.value = unit.value || (unitList[0] && unitList[0].code) || '';
			await load();
		}).finally(() => {
			document.body.dataset.ready = 'true';
		}));

		const list = () => h('section', { class: 'panel', id: 'meeting-list', 'aria-label': t('list.heading') }, [
			h('h2', t('list.heading')),
			meetings.value.length === 0 ? h('p', { class: 'muted' }, t('list.none')) : h('ul', meetings.value.map((m) =>
				h('li', { key: m.id }, h('button', { type: 'button', class: 'link', 'data-meeting': m.id,
					'aria-current': chosen.value && chosen.value.id === m.id ? 'true' : null,
					onClick: () => { chosen.value = m; } }, [`${format.time(m.startsAt)} · ${t(`kind.${m.kind}`)} · `,
					m.title, ' · ', m.heldAt ? t('list.held') : t('list.open', m.agenda.length)])))),
		]);

		return () => h('div', { class: 'assessment-page meetings-page' }, [
			h(PageHeader, { me: me.value }),
			h('main', { id: 'meetings-main' }, [
				h(ProblemBox, { problem: problem.value, onDismiss: () => { problem.value = null; } }),
				notice.value ? h('p', { id: 'notice', role: 'status' }, notice.value) : null,
				h('label', { class: 'field', for: 'unit' }, t('unit.label')),
				h('select', { id: 'unit', value: unit.value, onChange: (event) => pick(event.target.value) },
					units.value.map((u) => h('option', { value: u.code }, `${u.name} (${u.code})`))),
				h(CallForm, { rules: rules.value, onCall: call }),
				list(),
				chosen.value ? h(MeetingDetail, { key: chosen.value.id, meeting: chosen.value, format,
					departments: departments.value, onDecide: decide, onRecord: record }) : null,
			]),
		]);
	},
};
