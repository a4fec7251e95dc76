import { h, inject } from '../vue.js';
import { formatTime } from './time.js';

const DEPARTMENT_KEYS = ['department', 'lead', 'suggestedLead'];

/** Every step of the case, oldest first: when, what, from which state to which, who in which role, and why. */
export const Timeline = {
	props: { view: Object, names: Object, zone: String },
	setup(props) {
		const { t, locale } = inject('i18n');
		const trail = () => (props.view.gridTrails || []).find((one) => one.layer === props.view.primaryLayer);

		function value(key, raw) {
			if (DEPARTMENT_KEYS.includes(key)) {
				return props.names.department(String(raw), trail());
			}
			if (key === 'assisting') {
				return (Array.isArray(raw) ? raw : []).map((code) => props.names.department(code, trail())).join('、')
					|| t('detail.none');
			}
			if (key === 'passed') {
				return t(`passed.${raw}`);
			}
			if (key === 'confirmed') {
				return raw ? t('yes') : t('no');
			}
			if (key === 'minorCode') {
				return props.names.category(String(raw), props.view.kind);
			}
			if (['satisfaction', 'urgency', 'channel'].includes(key)) {
				return props.names.code(key, raw) || String(raw);
			}
			if (key === 'request') {
				return props.names.code('request', raw) || String(raw);
			}
			return typeof raw === 'object' ? '' : String(raw);
		}

		function details(entry) {
			return Object.entries(entry.details || {})
				.filter(([key, raw]) => raw !== null && raw !== '' && t(`detailKey.${key}`) !== `detailKey.${key}`)
				.map(([key, raw]) => [t(`detailKey.${key}`), value(key, raw)])
				.filter(([, shown]) => shown);
		}

		return () => h('ol', { id: 'case-timeline', class: 'timeline' }, (props.view.timeline || []).map((entry) =>
			h('li', { 'data-action': entry.action }, [
				h('div', { class: 'when' }, formatTime(entry.at, props.zone, locale.value)),
				h('div', { class: 'what' }, [
					h('strong', props.names.action(entry.action)),
					entry.from && entry.from !== entry.to ? h('span', { class: 'move' }, t('timeline.move',
						props.names.state(entry.from), props.names.state(entry.to))) : null,
					h('span', { class: 'who muted' }, entry.role && props.names.role(entry.role)
						? t('timeline.by', entry.actor, props.names.role(entry.role)) : entry.actor),
				]),
				entry.note ? h('p', { class: 'note' }, entry.note) : null,
				details(entry).length ? h('dl', { class: 'entry-details' }, details(entry).flatMap(([label, shown]) =>
					[h('dt', label), h('dd', shown)])) : null,
			])));
	},
};
