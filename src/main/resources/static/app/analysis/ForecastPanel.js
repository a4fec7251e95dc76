import { EChart } from '../dashboard/EChart.js';
import { aheadOption } from './aheadChart.js';
import { h, inject } from '../vue.js';

function chartOption(forecast, t) {
	const past = forecast.history.slice(-42).map((day) => ({ label: day.date, count: day.count }));
	const ahead = (forecast.beatsSeasonalNaive ? forecast.days : []).map((day) => ({ ...day, label: day.date }));
	return aheadOption(past, ahead, { history: t('forecast.history'), expected: t('forecast.expected'),
		high: t('forecast.high') });
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
				props.forecast.backtest && !props.forecast.beatsSeasonalNaive ? h('p', { id: 'forecast-withheld',
					class: 'muted' }, t('forecast.withheld')) : null,
			] : h('p', { class: 'muted' }, t('forecast.choose')),
		]);
	},
};
