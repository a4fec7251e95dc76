import { EChart } from '../dashboard/EChart.js';
import { computed, h, inject } from '../vue.js';
import { change, figure } from './format.js';

const GRADE_COLOURS = { 优: '#1a7f37', 良: '#0969da', 中: '#9a6700', 差: '#d1242f' };

function chartOption(rows, name, label) {
	const ordered = [...rows].sort((a, b) => a.rank - b.rank);
	return {
		animation: false,
		tooltip: { trigger: 'axis', renderMode: 'richText' },
		grid: { left: 48, right: 16, top: 24, bottom: 96 },
		xAxis: { type: 'category', data: ordered.map((row) => name(row.object)),
			axisLabel: { rotate: 30, interval: 0, color: '#1f2328' } },
		yAxis: { type: 'value', name: label, axisLabel: { color: '#1f2328' } },
		series: [{ type: 'bar', barMaxWidth: 48, data: ordered.map((row) => ({ value: Number(row.score),
			itemStyle: { color: GRADE_COLOURS[row.grade] || '#57606a' } })),
		label: { show: true, position: 'top', color: '#1f2328' } }],
	};
}

/**
 * The ranking (排名) of the month: each object's rank, score, grade and its change against the month before (环比)
 * and the same month a year before (同比), with the scores as a bar chart coloured by grade. Shown when the object
 * type has a scorecard and something was scored. Where the scorecard binds people to their grids (捆绑制), each row
 * also shows its own score and the mean score of the grids that counted, with their share and codes.
 */
export const ScoreBoard = {
	props: { scores: { type: Object, required: true }, context: { type: Object, required: true } },
	setup(props) {
		const { t, locale } = inject('i18n');
		const rows = computed(() => props.scores.rows || []);
		const bundle = computed(() => rows.value.find((row) => row.bundle)?.bundle || null);
		const columns = computed(() => ['rank', 'object', 'score', 'grade', 'change', 'yearOnYear']
			.concat(bundle.value ? ['ownScore', 'gridScore'] : []));
		const header = (column) => column === 'gridScore'
			? `${t('ranking.gridScore')} (${figure('weight', bundle.value.weight, locale.value)}%)`
			: t(`ranking.${column}`);
		const parts = (row) => !bundle.value ? [] : [
			h('td', { class: 'own-score' }, figure('score', row.bundle?.ownScore, locale.value)),
			h('td', { class: 'grid-score' }, row.bundle?.gridScore == null ? t('ranking.noGridScore')
				: `${figure('score', row.bundle.gridScore, locale.value)} (${row.bundle.grids.join(', ')})`),
		];
		return () => h('section', { id: 'ranking', 'aria-labelledby': 'ranking-heading' }, [
			h('h2', { id: 'ranking-heading' }, t('ranking.heading')),
			rows.value.length === 0 ? h('p', { class: 'muted', id: 'ranking-empty' }, t('ranking.none')) : [
				h(EChart, { id: 'score-chart', key: `${props.scores.period}-${props.scores.objectType}-${locale.value}`,
					option: chartOption(rows.value, props.context.objectName, t('ranking.score')) }),
				h('table', { id: 'ranking-table' }, [
					h('caption', { class: 'visually-hidden' }, t('ranking.heading')),
					h('thead', h('tr', columns.value.map((column) => h('th', { scope: 'col' }, header(column))))),
					h('tbody', [...rows.value].sort((a, b) => a.rank - b.rank).map((row) => h('tr', {
						'data-object': row.object }, [
						h('td', String(row.rank)),
						h('th', { scope: 'row' }, props.context.objectName(row.object)),
						h('td', figure('score', row.score, locale.value)),
						h('td', { class: `grade grade-${row.grade}` }, row.grade),
						h('td', change(row.change, locale.value)),
						h('td', change(row.yearOnYear, locale.value)),
						...parts(row),
					]))),
				]),
			],
		]);
	},
};
