import { EChart } from '../dashboard/EChart.js';
import { h, inject } from '../vue.js';

function chartOption(forecast, t) {
	const past = forecast.history.slice(-42);
	const ahead = forecast.beatsSeasonalNaive ? forecast.days : [];
	const dates = [...past.map((day) => day.date), ...ahead.map((day) => day.date)];
	const gap = past.map(() => null);
	const series = [{ name: t('forecast.history'), type: 'bar', data: past.map((day) => day.count),
		itemStyle: { color: '#57606a' } }];
	if (ahead.length) {
		series.push({ name: t('forecast.expected'), type: 'line', data: [...gap, ...ahead.map((day) => day.expected)],
			itemStyle: { color: '#0969da' } });
		series.push({ name: t('forecast.high'), type: 'line', lineStyle: { type: 'dashed' }, symbol: 'none',
			data: [...gap, ...ahead.map((day) => day.high)], itemStyle: { color: '#0969da' } });
	}
	return {
		animation: false,
		tooltip: { trigger: 'axis', renderMode: 'richText' },
		legend: { data: series.slice(0, 2).map((item) => item.name), textStyle: { color: '#1f2328' } },
		grid: { left: 40, right: 16, top: 32, bottom: 56 },
		xAxis: { type: 'category', data: dates, axisLabel: { color: '#1f2328' } },
		yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#1f2328' } },
		series,
	};
}

/**
 * The forecast of the days ahead for the category and area chosen, drawn after the last six weeks, with how the
 * method did on the last four weeks against seasonal-naive (the same weekday of the week before). Where it did not
 * beat seasonal-naive, only the history is drawn, and the reader is told why.
 */
export const ForecastPanel = {
	props: { forecast: Object },
	setup(props) {
		const { t, locale } = inject('i18n');
		function backtest(test) {
			if (!test) {
				return h('p', { class: 'muted', id: 'backtest' }, t('forecast.noBacktest'));
			}
			return h('p', { id: 'backtest' }, t('forecast.backtest', test.heldOutDays, test.mae, test.seasonalNaiveMae,
				test.ratio === null ? '—' : test.ratio));
		}
		return () => h('section', { id: 'forecast', 'aria-labelledby': 'forecast-heading' }, [
			h('h2', { id: 'forecast-heading' }, t('forecast.heading')),
			props.forecast ? [
				h(EChart, { id: 'forecast-chart', key: `${props.forecast.grid}-${props.forecast.category}-${locale.value}`,
					option: chartOption(props.forecast, t) }),
				backtest(props.forecast.backtest),
				props.forecast.beatsSeasonalNaive ? null : h('p', { id: 'forecast-withheld', class: 'muted' },
					t('forecast.withheld')),
			] : h('p', { class: 'muted' }, t('forecast.choose')),
		]);
	},
};
