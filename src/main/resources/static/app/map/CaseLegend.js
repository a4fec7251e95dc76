import { h, inject } from '../vue.js';
import { LIGHT_COLOURS, STATE_COLOURS } from './canvas.js';

/** What the pins' colours mean, which cases are shown and how many the view holds. */
export const CaseLegend = {
	props: { info: Object, filter: String },
	emits: ['filter'],
	setup(props, { emit }) {
		const { t } = inject('i18n');
		return () => h('section', { id: 'cases-panel', 'aria-labelledby': 'cases-heading' }, [
			h('h2', { id: 'cases-heading' }, t('cases.heading')),
			h('label', { for: 'case-filter' }, t('cases.filter')),
			h('select', { id: 'case-filter', value: props.filter, onChange: (event) => emit('filter', event.target.value) },
				['open', 'yellow', 'red', 'all'].map((value) => h('option', { value }, t(`cases.filter.${value}`)))),
			h('p', { id: 'case-count', role: 'status', 'data-shown': String(props.info.shown) },
				props.info.total === null ? t('cases.loading')
					: props.info.total > props.info.shown ? t('cases.capped', props.info.shown, props.info.capped ? `${props.info.total}+` : props.info.total)
						: t('cases.count', props.info.shown)),
			h('ul', { class: 'legend plain', 'aria-label': t('cases.legend') }, [
				...Object.entries(STATE_COLOURS).map(([group, colour]) => h('li', {}, [
					h('span', { class: 'dot', style: { background: colour }, 'aria-hidden': 'true' }), t(`cases.group.${group}`)])),
				...['YELLOW', 'RED'].map((light) => h('li', {}, [
					h('span', { class: 'ring', style: { borderColor: LIGHT_COLOURS[light] }, 'aria-hidden': 'true' }),
					t(`cases.light.${light}`)])),
			]),
		]);
	},
};
