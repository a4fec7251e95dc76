export const AXIS = { color: '#1f2328' };

/**
 * The ECharts option of counts per period as grey bars, followed by the periods ahead as a blue line with its
 * dashed 80 % upper bound (none when nothing ahead is to be shown). {@code past} and {@code ahead} carry a
 * {@code label}; {@code current}, when given, is the count so far of the first period ahead, drawn as its bar;
 * {@code names} names the three series in the reader's language.
 */
export function aheadOption(past, ahead, names, current = null) {
	const labels = [...past, ...(ahead.length || !current ? ahead : [current])].map((period) => period.label);
	const gap = past.map(() => null);
	const bars = [...past.map((period) => period.count), ...(current ? [current.count] : [])];
	const series = [{ name: names.history, type: 'bar', data: bars, barMaxWidth: 40, itemStyle: { color: '#57606a' } }];
	if (ahead.length) {
		series.push({ name: names.expected, type: 'line', data: [...gap, ...ahead.map((period) => period.expected)],
			itemStyle: { color: '#0969da' } });
		series.push({ name: names.high, type: 'line', lineStyle: { type: 'dashed' }, symbol: 'none',
			data: [...gap, ...ahead.map((period) => period.high)], itemStyle: { color: '#0969da' } });
	}
	return {
		animation: false,
		tooltip: { trigger: 'axis', renderMode: 'richText' },
		legend: { data: series.slice(0, 2).map((item) => item.name), textStyle: AXIS },
		grid: { left: 48, right: 16, top: 32, bottom: 56 },
		xAxis: { type: 'category', data: labels, axisLabel: AXIS },
		yAxis: { type: 'value', minInterval: 1, axisLabel: AXIS },
		series,
	};
}
