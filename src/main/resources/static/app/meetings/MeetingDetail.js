import { h, inject } from '../vue.js';
import { DecisionForm } from './DecisionForm.js';
import { MinutesForm } from './MinutesForm.js';

/** One meeting: when and who called it, the stuck cases on its agenda with a decision form each, and its record. */
export const MeetingDetail = {
	props: { meeting: { type: Object, required: true }, format: { type: Object, required: true },
		departments: { type: Array, required: true } },
	emits: ['decide', 'record'],
	setup(props, { emit }) {
		const { t } = inject('i18n');

		const agenda = (m) => h('table', { id: 'agenda' }, [
			h('caption', t('agenda.heading', m.agenda.length)),
			h('thead', h('tr', [t('agenda.case'), t('agenda.reasons'), t('agenda.description'), t('agenda.decision')]
				.map((text) => h('th', { scope: 'col' }, text)))),
			h('tbody', m.agenda.map((item) => h('tr', { key: item.caseId, 'data-case': item.caseId }, [
				h('td', h('a', { href: `/#case-${item.caseId}` }, item.caseNo)),
				h('td', item.reasons.map((r) => t(`reason.${r}`)).join('、')),
				h('td', item.description),
				h('td', h(DecisionForm, { caseId: item.caseId, departments: props.departments,
					onDecide: (body) => emit('decide', body) })),
			]))),
		]);

		const decisions = (m) => h('section', { id: 'decisions', 'aria-label': t('decisions.heading') }, [
			h('h3', t('decisions.heading')),
			m.decisions.length === 0 ? h('p', { class: 'muted' }, t('decisions.none'))
				: h('ul', m.decisions.map((d) => h('li', { key: d.id, 'data-decision': d.id },
					`${d.caseNo} · ${t(`action.${d.action}`)} · ${d.note} · ${d.decidedBy} · ${props.format.time(d.decidedAt)}`))),
		]);

		return () => {
			const m = props.meeting;
			return h('article', { class: 'panel', id: 'meeting', 'data-meeting': m.id }, [
				h('h2', `${t(`kind.${m.kind}`)} · ${m.title}`),
				h('p', { class: 'muted' }, t('meeting.when', props.format.time(m.startsAt), props.format.time(m.endsAt),
					m.calledBy)),
				h('p', { id: 'meeting-state' }, m.heldAt ? t('meeting.held', props.format.time(m.heldAt), m.recordedBy)
					: t('meeting.notHeld')),
				m.agenda.length === 0 ? h('p', { class: 'muted' }, t('agenda.none')) : agenda(m),
				decisions(m),
				h(MinutesForm, { meeting: m, onRecord: (body) => emit('record', body) }),
			]);
		};
	},
};
