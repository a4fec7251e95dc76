/**
 * The ECharts options of the dashboard's charts, in the big screen's dark colours. Text stays light on the dark
 * panels (contrast above 7:1); open is cyan, overdue red, and the channels take distinct hues. Tooltips are drawn on
 * the canvas (richText), since the page's Content-Security-Policy forbids inline styles in markup.
 */
export const COLOURS = {
	text: '#e6f1ff',
	muted: '#9fb3cc',
	grid: '#24415f',
	open: '#3fd0ff',
	overdue: '#ff5b5b',
	good: '#36d399',
	warn: '#ffc53d',
	channels: ['#3fd0ff', '#36d399', '#ffc53d', '#b37feb', '#ff7a45', '#5cdbd3'],
};

const TEXT = { color: COLOURS.text, fontSize: 16 };

const TOOLTIP = { renderMode: 'richText', backgroundColor: '#0b1a2e', borderColor: COLOURS.open, textStyle: TEXT };

/** Today's intake as a ring, one slice per channel with its count. */
export function channelOption(intake, channels, label) {
	return {
		animation: false,
		color: COLOURS.channels,
		tooltip: { ...TOOLTIP, trigger: 'item' },
		legend: { bottom: 0, textStyle: { color: COLOURS.text, fontSize: 14 }, itemWidth: 14, itemHeight: 10 },
		series: [{
			type: 'pie',
			radius: ['42%', '68%'],
			center: ['50%', '44%'],
			label: { color: COLOURS.text, fontSize: 15, formatter: '{b}\n{c}' },
			labelLine: { lineStyle: { color: COLOURS.muted } },
			itemStyle: { borderColor: '#10243f', borderWidth: 2 },
			data: channels.map((channel) => ({ name: label(channel), value: intake[channel] || 0 }))
				.filter((slice) => slice.value > 0),
		}],
	};
}

/** Open cases by street as bars, the overdue ones in red beside them. */
export function streetOption(streets, names) {
	return {
		animation: false,
		tooltip: { ...TOOLTIP, trigger: 'axis' },
		legend: { top: 0, right: 8, textStyle: { color: COLOURS.text, fontSize: 14 } },
		grid: { left: 56, right: 16, top: 40, bottom: 72 },
		xAxis: {
			type: 'category',
			data: streets.map((street) => street.name),
			axisLabel: { color: COLOURS.text, fontSize: 14, interval: 0, rotate: streets.length > 6 ? 30 : 0 },
			axisLine: { lineStyle: { color: COLOURS.grid } },
		},
		yAxis: {
			type: 'value',
			minInterval: 1,
			axisLabel: { color: COLOURS.muted, fontSize: 14 },
			splitLine: { lineStyle: { color: COLOURS.grid } },
		},
		series: [
			{ name: names.open, type: 'bar', barMaxWidth: 28, itemStyle: { color: COLOURS.open },
				label: { show: true, position: 'top', color: COLOURS.text, fontSize: 14 },
				data: streets.map((street) => street.open) },
			{ name: names.overdue, type: 'bar', barMaxWidth: 28, itemStyle: { color: COLOURS.overdue },
				label: { show: true, position: 'top', color: COLOURS.text, fontSize: 14 },
				data: streets.map((street) => street.overdue) },
		],
	};
}

/** This month's on-time rate as a gauge from 0 to 100 %, red below 80 %, amber below 95 %, green above. */
export function onTimeOption(rate, name) {
	const value = rate === null || rate === undefined ? 0 : Math.round(rate * 1000) / 10;
	return {
		animation: false,
		series: [{
			type: 'gauge',
			min: 0,
			max: 100,
			radius: '92%',
			center: ['50%', '58%'],
			axisLine: { lineStyle: { width: 18, color: [[0.8, COLOURS.overdue], [0.95, COLOURS.warn], [1, COLOURS.good]] } },
			pointer: { show: rate !== null && rate !== undefined, itemStyle: { color: COLOURS.text } },
			axisTick: { lineStyle: { color: COLOURS.muted } },
			splitLine: { lineStyle: { color: COLOURS.muted } },
			axisLabel: { color: COLOURS.muted, fontSize: 13 },
			title: { color: COLOURS.muted, fontSize: 15, offsetCenter: [0, '72%'] },
			detail: { color: COLOURS.text, fontSize: 34, fontWeight: 'bold', offsetCenter: [0, '38%'],
				formatter: rate === null || rate === undefined ? '—' : '{value}%' },
			data: [{ value, name }],
		}],
	};
}

/** The most reported minor classes as horizontal bars, the most at the top. */
export function categoryOption(categories, name, colour) {
	const rows = [...categories].reverse();
	return {
		animation: false,
		tooltip: { ...TOOLTIP, trigger: 'axis' },
		grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
		xAxis: { type: 'value', minInterval: 1, axisLabel: { color: COLOURS.muted, fontSize: 13 },
			splitLine: { lineStyle: { color: COLOURS.grid } } },
		yAxis: { type: 'category', data: rows.map((row) => row.label),
			axisLabel: { color: COLOURS.text, fontSize: 14, width: 150, overflow: 'truncate' },
			axisLine: { lineStyle: { color: COLOURS.grid } } },
		series: [{ name, type: 'bar', barMaxWidth: 20, itemStyle: { color: colour },
			label: { show: true, position: 'right', color: COLOURS.text, fontSize: 14 },
			data: rows.map((row) => row.count) }],
	};
}
