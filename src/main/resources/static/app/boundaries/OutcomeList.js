import { h, inject, nextTick, watch } from '../vue.js';
import { countOutcomes } from './outcomes.js';

/**
 * The counts of the dry run or import at the top, the file's own problems, then one row per feature: its index,
 * code, name, outcome, and why it would be refused or what its repair changed (the API's words, with the area that
 * moved), worded as done once an import went through. Clicking a row, or pressing Enter on it, selects the
 * feature; a feature selected on the map scrolls its row into view.
 */
export const OutcomeList = {
	props: { rows: { type: Array, required: true }, fileProblems: { type: Array, default: () => [] },
		selected: Number, heading: String, done: Boolean },
	emits: ['select'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		watch(() => props.selected, (index) => nextTick(() => {
			const row = document.querySelector(`#boundary-features tr[data-index="${index}"]`);
			if (row) {
				row.scrollIntoView({ block: 'nearest' });
			}
		}));
		const reasons = (row) => [
			...row.problems.map((problem) => h('li', { 'data-code': problem.code }, `${problem.code}: ${problem.detail}`)),
			...row.repairs.map((repair) => h('li', { 'data-code': repair.code, class: 'repair' },
				t('list.repair', repair.code, Math.round(repair.areaMoved), repair.detail))),
		];
		return () => {
			const counts = countOutcomes(props.rows);
			return h('section', { id: 'boundary-outcomes', 'aria-labelledby': 'boundary-outcomes-heading' }, [
				h('h2', { id: 'boundary-outcomes-heading' }, props.heading),
				h('p', { id: 'boundary-counts', 'aria-live': 'polite' }, ['accepted', 'repaired', 'refused'].map((outcome) =>
					h('span', { class: `outcome-${outcome}`, 'data-outcome': outcome, 'data-count': counts[outcome] },
						t(`${props.done ? 'doneCount' : 'count'}.${outcome}`, counts[outcome])))),
				props.fileProblems.length ? h('ul', { id: 'boundary-file-problems', class: 'outcome-refused' },
					props.fileProblems.map((problem) => h('li', `${problem.code}: ${problem.detail}`))) : null,
				h('div', { class: 'scroll' }, h('table', { id: 'boundary-features' }, [
					h('caption', { class: 'visually-hidden' }, t('list.caption')),
					h('thead', h('tr', ['index', 'code', 'name', 'outcome', 'why'].map((column) => h('th', { scope: 'col' },
						t(`list.${column}`))))),
					h('tbody', props.rows.map((row) => h('tr', { 'data-index': row.index, 'data-outcome': row.outcome,
						class: { selected: row.index === props.selected }, tabindex: 0,
						'aria-current': row.index === props.selected ? 'true' : null,
						onClick: () => emit('select', row.index),
						onKeydown: (event) => { if (event.key === 'Enter') { emit('select', row.index); } } }, [
						h('td', String(row.index + 1)), h('td', row.code || '—'), h('td', row.name || '—'),
						h('td', { class: `outcome-${row.outcome}` }, t(`${props.done ? 'done' : 'outcome'}.${row.outcome}`)),
						h('td', h('ul', { class: 'reasons' }, reasons(row))),
					]))),
				])),
			]);
		};
	},
};
