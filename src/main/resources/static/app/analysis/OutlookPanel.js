import { EChart } from '../dashboard/EChart.js';
import { AXIS, aheadOption } from './aheadChart.js';
import { h, inject } from '../vue.js';

function monthsOption(outlook, t) {
	const past = outlook.history.map((month) => ({ label: month.month, count: month.count }));
	const ahead = (outlook.beatsSeasonalNaive ? outlook.months : []).map((month) => ({ ...month, label: month.month }));
	return aheadOption(past, ahead, { history: t('outlook.history'), expected: t('outlook.expected'),
		high: t('outlook.high') }, { label: outlook.monthToDate.month, count: outlook.monthToDate.count });
}

function opinionOption(outlook, t) {
	const months = outlook.opinion;
	return {
		animation: false,
		tooltip: { trigger: 'axis', renderMode: 'richText' },
		legend: { data: [t('opinion.rate'), t('opinion.answers')], textStyle: AXIS },
		grid: { left: 48, right: 48, top: 32, bottom: 56 },
		xAxis: { type: 'category', data: months.map((m) => m.month), axisLabel: AXIS },
		yAxis: [
			{ type: 'value', min: 0, max: 100, axisLabel: { ...AXIS, formatter: '{value}%' } },
			{ type: 'value', minInterval: 1, axisLabel: AXIS },
		],
		series: [
			{ name: t('opinion.rate'), type: 'line', connectNulls: false, itemStyle: { color: '#1a7f37' },
				data: months.map((m) => (m.rate === null ? null : Math.round(m.rate * 1000) / 10)) },
			{ name: t('opinion.answers'), type: 'bar', yAxisIndex: 1, itemStyle: { color: '#d0d7de' },
				data: months.map((m) => m.evaluated) },
		],
	};
}

const percent = (rate) => (rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`);

/**
 * The medium- and long-term outlook (中长期研判) of the area and category chosen: cases reported month by month with
 * the months ahead where the method beat "the same month last year" in its backtest, each year's count and
 * projected total, and the course of satisfaction at the callback (民意走向) with whether the stated test finds it
 * turning.
 */
export const OutlookPanel = {
	props: { outlook: Object },
	setup(props) {
		const { t, locale } = inject('i18n');
		function backtest(test) {
			if (!test) {
				return h('p', { class: 'muted', id: 'outlook-backtest' }, t('outlook.noBacktest'));
			}
			return h('p', { id: 'outlook-backtest' }, t('outlook.backtest', test.heldOutMonths, test.mae,
				test.seasonalNaiveMae, test.ratio === null ? '—' : test.ratio));
		}
		const years = (outlook) => h('table', { id: 'outlook-years' }, [
			h('caption', t('outlook.years')),
			h('thead', h('tr', [h('th', { scope: 'col' }, t('outlook.year')),
				h('th', { scope: 'col' }, t('outlook.reported')), h('th', { scope: 'col' }, t('outlook.projected'))])),
			h('tbody', outlook.years.map((year) => h('tr', { key: year.year, 'data-year': year.year }, [
				h('th', { scope: 'row' }, String(year.year)),
				h('td', year.year > Number(outlook.monthToDate.month.slice(0, 4)) ? '—' : String(year.reported)),
				h('td', year.projected === null || !outlook.beatsSeasonalNaive ? '—' : year.projected.toFixed(0)),
			]))),
		]);
		function trend(course) {
			const text = course.direction === 'UNKNOWN' ? t('opinion.unknown')
				: t('opinion.trend', t(`opinion.${course.direction}`), course.recentFrom, course.recentTo,
					percent(course.recentRate), percent(course.earlierRate), course.z);
			return h('p', { id: 'opinion-trend', 'data-direction': course.direction }, text);
		}
		return () => h('section', { id: 'outlook', 'aria-labelledby': 'outlook-heading' }, [
			h('h2', { id: 'outlook-heading' }, t('outlook.heading')),
			props.outlook ? [
				h(EChart, { id: 'outlook-chart', key: `m-${props.outlook.grid}-${props.outlook.category}-${locale.value}`,
					option: monthsOption(props.outlook, t) }),
				backtest(props.outlook.backtest),
				props.outlook.backtest && !props.outlook.beatsSeasonalNaive ? h('p', { id: 'outlook-withheld',
					class: 'muted' }, t('outlook.withheld')) : null,
				years(props.outlook),
				h('h3', t('opinion.heading')),
				h(EChart, { id: 'opinion-chart', key: `o-${props.outlook.grid}-${props.outlook.category}-${locale.value}`,
					option: opinionOption(props.outlook, t) }),
				trend(props.outlook.opinionTrend),
			] : h('p', { class: 'muted' }, t('forecast.choose')),
		]);
	},
};
