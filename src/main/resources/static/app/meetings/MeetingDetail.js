import { h, inject } from '../vue.js';
import { DecisionForm } from './DecisionForm.js';
import { MinutesForm } from './MinutesForm.js';

/**
 * One meeting: when and who called it, the stuck cases on its agenda, its decisions and its minutes; a decision form
 * on each case for the decisions the caller may take, and the minutes form for a caller who may write them.
 */
export const MeetingDetail = {
	props: { meeting: { type: Object, required: true }, format: { type: Object, required: true },
		departments: { type: Array, required: true }, actions: { type: Array, required: true },
		mayRecord: { type: Boolean, required: true } },
	emits: ['decide', 'record'],
	setup(props, { emit }) {
		const { t } = inject('i18n');

		const decides = () => props.actions.length > 0;
		const headings = () => [t('agenda.case'), t('agenda.reasons'), t('agenda.description'),
			...(decides() ? [t('agenda.decision')] : [])];

		const agenda = (m) => h('table', { id: 'agenda' }, [
			h('caption', t('agenda.heading', m.agenda.length)),
			h('thead', h('tr', headings().map((text) => h('th', { scope: 'col' }, text)))),
			h('tbody', m.agenda.map((item) => h('tr', { key: item.caseId, 'data-case': item.caseId }, [
				h('td', h('a', { href: `/#case-${item.caseId}` }, item.caseNo)),
				h('td', item.reasons.map((r) => t(`reason.${r}`)).join('、')),
				h('td', item.description),
				decides() ? h('td', h(DecisionForm, { caseId: item.caseId, departments: props.departments,
					actions: props.actions, onDecide: (body) => emit('decide', body) })) : null,
			]))),
		]);

		const decisions = (m) => h('section', { id: 'decisions', 'aria-label': t('decisions.heading') }, [
			h('h3', t('decisions.heading')),
			m.decisions.length === 0 ? h('p', { class: 'muted' }, t('decisions.none'))
				: h('ul', m.decisions.map((d) => h('li', { key: d.id, 'data-decision': d.id },
					`${d.caseNo} · ${t(`action.${d.action}`)} · ${d.note} · ${d.decidedBy} · ${props.format.time(d.decidedAt)}`))),
		]);

		const minutes = (m) => h('section', { id: 'minutes-record', 'aria-label': t('minutes.heading') }, [
			h('h3', t('minutes.heading')),
			h('p', { class: m.minutes ? null : 'muted' }, m.minutes || t('minutes.none')),
			m.attendees && m.attendees.length > 0 ? h('p', t('minutes.present', m.attendees.join('、'))) : null,
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
				props.mayRecord ? h(MinutesForm, { meeting: m, onRecord: (body) => emit('record', body) })
					: minutes(m),
			]);
		};
	},
};
