import { formatTime, useDistrictZone } from '../desk/time.js';
import { h, inject } from '../vue.js';
import { errorLines } from './fields.js';

/**
 * The open cases nearby that the caller may be talking about: same category, close by, recent, still open, each with
 * when it was reported in the district's zone. One click links the report to one of them as a repeat instead of
 * opening another case.
 */
export const DuplicateWarning = {
	props: { cases: Array, busy: Boolean, errors: Object },
	emits: ['link'],
	setup(props, { emit }) {
		const { t, locale } = inject('i18n');
		const zone = useDistrictZone();
		const label = (names) => (names ? (locale.value === 'en' ? names.en : names.zh) : '');
		return () => (props.cases.length === 0 ? null : h('section', { id: 'duplicates', role: 'alert',
			'aria-labelledby': 'duplicates-heading', tabindex: '-1' }, [
			h('h2', { id: 'duplicates-heading' }, t('duplicates.heading')),
			h('p', {}, t('duplicates.intro')),
			errorLines(props.errors, 'duplicates'),
			h('ul', { class: 'plain' }, props.cases.map((item) => h('li', { id: `duplicate-${item.id}`, 'data-case': item.id }, [
				h('span', {}, t('duplicates.item', item.caseNo, label(item.stateName), formatTime(item.reportedAt, zone.value, locale.value))),
				h('div', { class: 'muted' }, item.description),
				h('button', { type: 'button', id: `duplicate-link-${item.id}`, disabled: props.busy,
					onClick: () => emit('link', item) }, t('duplicates.link')),
			]))),
		]));
	},
};
