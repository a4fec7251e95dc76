import { h, inject } from '../vue.js';

/**
 * The newest warnings the reader may see: what rule raised it, where, for which category, how many cases against
 * how many expected, and, for those who may supervise, one button that sends 督办 to every open case of it.
 */
export const WarningList = {
	props: { warnings: { type: Array, required: true }, canSupervise: Boolean },
	emits: ['supervise'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		return () => h('section', { id: 'warnings', 'aria-labelledby': 'warnings-heading' }, [
			h('h2', { id: 'warnings-heading' }, t('warnings.heading')),
			props.warnings.length === 0 ? h('p', { class: 'muted', id: 'warnings-empty' }, t('warnings.none')) : h('table',
				{ id: 'warning-table' }, [
					h('caption', { class: 'visually-hidden' }, t('warnings.heading')),
					h('thead', h('tr', ['rule', 'grid', 'category', 'observed', 'expected', 'cases', 'acted', 'action']
						.map((column) => h('th', { scope: 'col' }, t(`warnings.${column}`))))),
					h('tbody', props.warnings.map((warning) => h('tr', { 'data-warning': warning.id }, [
						h('td', t(`rule.${warning.rule}`)),
						h('th', { scope: 'row' }, warning.grid),
						h('td', warning.minorCode),
						h('td', String(warning.observed)),
						h('td', Number(warning.expected).toFixed(1)),
						h('td', String(warning.caseIds.length)),
						h('td', warning.actedBy ? t('warnings.actedBy', warning.actedBy) : '—'),
						h('td', props.canSupervise && !warning.actedBy ? h('button', { type: 'button',
							id: `supervise-${warning.id}`, onClick: () => emit('supervise', warning) },
						t('warnings.supervise')) : null),
					]))),
				]),
		]);
	},
};
