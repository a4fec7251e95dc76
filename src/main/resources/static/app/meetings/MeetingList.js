import { h, inject } from '../vue.js';

/** The meetings of a unit or a grid, latest first, each a button that opens it. */
export const MeetingList = {
	props: { meetings: { type: Array, required: true }, chosen: Object, format: { type: Object, required: true },
		empty: { type: String, required: true } },
	emits: ['choose'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		const current = (m) => (props.chosen && props.chosen.id === m.id ? 'true' : null);
		const item = (m) => h('li', { key: m.id }, h('button', { type: 'button', class: 'link', 'data-meeting': m.id,
			'aria-current': current(m), onClick: () => emit('choose', m) },
		[`${props.format.time(m.startsAt)} · ${t(`kind.${m.kind}`)} · `, m.title, ' · ',
			m.heldAt ? t('list.held') : t('list.open', m.agenda.length)]));
		return () => h('section', { class: 'panel', id: 'meeting-list', 'aria-label': t('list.heading') }, [
			h('h2', t('list.heading')),
			props.meetings.length === 0 ? h('p', { class: 'muted' }, t(props.empty))
				: h('ul', props.meetings.map(item)),
		]);
	},
};
