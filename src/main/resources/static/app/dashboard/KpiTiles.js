import { h, inject } from '../vue.js';

/** The five headline figures in large type; each tile carries its value in data-value for screens and tests. */
export const KpiTiles = {
	props: { figures: { type: Object, required: true } },
	setup(props) {
		const { t } = inject('i18n');

		function tile(id, label, value, unit, detail, tone) {
			return h('div', { id, class: ['kpi', tone], 'data-value': String(value) }, [
				h('div', { class: 'kpi-label' }, label),
				h('div', { class: 'kpi-value' }, [String(value), unit ? h('span', { class: 'kpi-unit' }, unit) : null]),
				h('div', { class: 'kpi-detail' }, detail || '\u00a0'),
			]);
		}

		return () => {
			const f = props.figures;
			const rate = f.onTimeRate === null || f.onTimeRate === undefined ? '—' : `${(f.onTimeRate * 100).toFixed(1)}%`;
			return h('section', { id: 'kpis', class: 'kpis' }, [
				tile('kpi-intake', t('kpi.intake'), f.intakeTotal, t('kpi.unit'), null, 'accent'),
				tile('kpi-open', t('kpi.open'), f.open, t('kpi.unit'), null, 'accent'),
				tile('kpi-overdue', t('kpi.overdue'), f.overdue, t('kpi.unit'), null, f.overdue > 0 ? 'alarm' : 'accent'),
				tile('kpi-on-time', t('kpi.onTime'), rate, '',
					f.closedThisMonth > 0 ? t('kpi.onTimeDetail', f.closedOnTime, f.closedThisMonth) : t('kpi.onTimeNone'), 'good'),
				tile('kpi-patrol', t('kpi.patrol'), f.onPatrol, t('kpi.people'), t('kpi.patrolDetail', f.patrolWindowMinutes), 'accent'),
			]);
		};
	},
};
