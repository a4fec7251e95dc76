import { h, inject } from '../vue.js';

/**
 * Cases as a list of large buttons: number, state, category, how long is left, where and what. Opening one shows
 * it with what can be done now.
 */
export const CaseList = {
	props: { cases: { type: Array, required: true }, listId: { type: String, required: true }, empty: String },
	emits: ['open'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		const { format } = inject('field');

		function item(summary) {
			const left = summary.open === false || summary.closedAt ? null : format.deadline(summary.deadline);
			return h('li', { key: summary.id }, h('button', {
				type: 'button',
				class: ['case-item', left && left.overdue ? 'overdue' : null],
				'data-case-id': summary.id,
				'data-state': summary.state,
				onClick: () => emit('open', summary.id),
			}, [
				h('span', { class: 'case-line' }, [
					h('strong', { class: 'case-no' }, summary.caseNo),
					h('span', { class: ['state', `state-${summary.state}`] }, format.label(summary.stateName)),
				]),
				h('span', { class: 'case-line' }, [
					h('span', format.category(summary.kind, summary.minorCode)),
					left ? h('span', { class: ['deadline', left.overdue ? 'overdue' : 'left'] }, left.text) : null,
				]),
				h('span', { class: 'case-description' }, summary.description || ''),
				h('span', { class: 'muted' }, t('case.reportedAt', format.time(summary.reportedAt),
					format.channel(summary.channel))),
			]));
		}

		return () => (props.cases.length
			? h('ul', { id: props.listId, class: 'case-list' }, props.cases.map(item))
			: h('p', { id: props.listId, class: 'muted empty' }, props.empty || t('case.none')));
	},
};
