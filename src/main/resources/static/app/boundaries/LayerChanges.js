import { h, inject } from '../vue.js';

const OUTCOMES = ['UNCHANGED', 'CHANGED', 'SUCCEEDED', 'REMOVED'];

/**
 * What a dry run or an import does to the layer as it stands: how many of its grids stay, change, pass to another
 * grid or vanish, which grids are new, and what follows the grids whose code is gone (team members, units and
 * rules moved or dropped) or is left for a person to check (open cases now lying in another grid).
 */
export const LayerChanges = {
	props: { succession: Object, moves: { type: Array, default: () => [] }, done: Boolean },
	setup(props) {
		const { t } = inject('i18n');
		const tense = (key) => t(`${props.done ? 'changes.done' : 'changes.would'}.${key}`);
		const counts = () => OUTCOMES.map((outcome) => [outcome,
			props.succession.grids.filter((grid) => grid.outcome === outcome).length]);
		const fates = () => props.succession.grids.filter((grid) => grid.outcome !== 'UNCHANGED');
		return () => {
			if (!props.succession || props.succession.grids.length === 0) {
				return null;
			}
			return h('section', { id: 'layer-changes', 'aria-labelledby': 'layer-changes-heading' }, [
				h('h2', { id: 'layer-changes-heading' }, tense('heading')),
				h('p', { id: 'layer-change-counts' }, [
					...counts().map(([outcome, count]) => h('span', { 'data-outcome': outcome, 'data-count': count },
						t(`changes.count.${outcome}`, count))),
					h('span', { 'data-outcome': 'ADDED', 'data-count': props.succession.added.length },
						t('changes.count.ADDED', props.succession.added.length)),
				]),
				fates().length ? h('table', { id: 'layer-change-grids' }, [
					h('caption', t('changes.gridsCaption')),
					h('thead', h('tr', ['code', 'name', 'outcome', 'successor'].map((column) => h('th', { scope: 'col' },
						t(`changes.${column}`))))),
					h('tbody', fates().map((grid) => h('tr', { 'data-code': grid.code, 'data-outcome': grid.outcome }, [
						h('td', grid.code), h('td', grid.name), h('td', t(`changes.outcome.${grid.outcome}`)),
						h('td', grid.successor && grid.successor !== grid.code ? grid.successor : '—'),
					]))),
				]) : null,
				props.moves.length ? h('table', { id: 'layer-moves' }, [
					h('caption', tense('movesCaption')),
					h('thead', h('tr', ['subject', 'label', 'from', 'to', 'moveOutcome'].map((column) => h('th',
						{ scope: 'col' }, t(`changes.${column}`))))),
					h('tbody', props.moves.map((move) => h('tr', { 'data-subject': move.subject, 'data-id': move.id,
						'data-outcome': move.outcome }, [
						h('td', t(`changes.subject.${move.subject}`)), h('td', move.label), h('td', move.from),
						h('td', move.to || '—'), h('td', t(`changes.move.${move.outcome}`)),
					]))),
				]) : h('p', { id: 'layer-no-moves' }, tense('noMoves')),
			]);
		};
	},
};
