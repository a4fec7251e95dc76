import { h, inject } from '../vue.js';
import { figure } from './format.js';

/**
 * Every object's figures for the month, one row each, one column per indicator in the monthly report's order and
 * names. For workers and operators each row opens the cases behind their figures.
 */
export const FigureTable = {
	props: { figures: { type: Object, required: true }, names: { type: Array, required: true },
		people: Boolean, context: { type: Object, required: true } },
	emits: ['open'],
	setup(props, { emit }) {
		const { t, locale } = inject('i18n');
		const label = (name) => (locale.value === 'en' ? name.nameEn : name.nameZh);
		return () => {
			const rows = props.figures.rows || [];
			return h('section', { id: 'figures', 'aria-labelledby': 'figures-heading' }, [
				h('h2', { id: 'figures-heading' }, t('figures.heading')),
				h('p', { class: 'muted', id: 'figures-as-of' }, props.figures.revision
					? t('figures.published', props.figures.revision) : t('figures.live')),
				rows.length === 0 ? h('p', { class: 'muted', id: 'figures-empty' }, t('figures.none'))
					: h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'figures-heading' },
						h('table', { id: 'figures-table' }, [
							h('thead', h('tr', [h('th', { scope: 'col' }, t('figures.object')),
								...props.names.map((name) => h('th', { scope: 'col', 'data-indicator': name.code }, label(name))),
								props.people ? h('th', { scope: 'col' }, t('figures.cases')) : null])),
							h('tbody', rows.map((row) => h('tr', { 'data-object': row.object }, [
								h('th', { scope: 'row' }, props.context.objectName(row.object)),
								...props.names.map((name) => h('td', { 'data-indicator': name.code },
									figure(name.code, row.values[name.code], locale.value))),
								props.people ? h('td', h('button', { type: 'button', class: 'link',
									id: `cases-of-${row.object}`, onClick: () => emit('open', row.object) },
								t('figures.open'))) : null,
							]))),
						])),
			]);
		};
	},
};
