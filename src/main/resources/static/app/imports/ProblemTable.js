import { h, inject } from '../vue.js';

/** The rows of a file that were not, or would not be, imported: row number, source key, column and why. */
export const ProblemTable = {
	props: { problems: { type: Array, required: true }, id: { type: String, required: true } },
	setup(props) {
		const { t } = inject('i18n');
		return () => (props.problems.length === 0 ? h('p', { class: 'ok', id: `${props.id}-none` }, t('problems.none'))
			: h('table', { id: props.id }, [
				h('caption', t('problems.heading', props.problems.length)),
				h('thead', h('tr', ['row', 'key', 'column', 'reason'].map((column) => h('th', { scope: 'col' },
					t(`problems.${column}`))))),
				h('tbody', props.problems.map((problem) => h('tr', [
					h('td', String(problem.row)), h('td', problem.key || '—'), h('td', problem.column || '—'),
					h('td', problem.reason),
				]))),
			]));
	},
};
