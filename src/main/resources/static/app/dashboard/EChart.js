import { h, onBeforeUnmount, onMounted, ref, watch } from '../vue.js';
import { init } from './echarts.js';

/**
 * One ECharts chart filling its box, redrawn when its option changes and resized with the window. Once drawn, its
 * element carries data-rendered="true", so that a screen (or a test) can tell the chart is on the canvas.
 */
export const EChart = {
	props: { id: { type: String, required: true }, option: { type: Object, required: true } },
	setup(props) {
		const box = ref(null);
		let chart = null;
		const resize = () => chart && chart.resize();

		onMounted(() => {
			chart = init(box.value, null, { renderer: 'canvas' });
			chart.on('finished', () => {
				box.value.dataset.rendered = 'true';
			});
			chart.setOption(props.option, true);
			window.addEventListener('resize', resize);
		});
		watch(() => props.option, (option) => {
			if (chart) {
				chart.setOption(option, true);
			}
		});
		onBeforeUnmount(() => {
			window.removeEventListener('resize', resize);
			if (chart) {
				chart.dispose();
			}
		});
		return () => h('div', { id: props.id, class: 'chart', ref: box });
	},
};
