import { formatClock } from '../desk/time.js';
import { h, inject } from '../vue.js';

/** The live feed, newest first: what happened, the case's number and category, its street and when, in the district's zone. */
export const FeedList = {
	props: { lines: { type: Array, required: true }, connected: { type: Boolean, required: true },
		zone: { type: String, required: true } },
	setup(props) {
		const { t, locale } = inject('i18n');
		const time = (instant) => formatClock(instant, props.zone, locale.value);

		return () => h('section', { class: 'panel feed-panel' }, [
			h('h2', null, [
				t('feed.title'),
				h('span', { id: 'feed-state', class: ['feed-state', props.connected ? 'on' : 'off'],
					'data-connected': String(props.connected) }, props.connected ? t('page.live') : t('page.offline')),
			]),
			props.lines.length === 0 ? h('p', { class: 'muted' }, t('feed.empty')) : null,
			h('ol', { id: 'feed' }, props.lines.map((line) => h('li', {
				key: line.id,
				class: ['feed-line', line.kind.toLowerCase()],
				'data-case-id': String(line.caseId),
				'data-kind': line.kind,
			}, [
				h('span', { class: 'feed-kind' }, t(`feed.kind.${line.kind}`)),
				h('span', { class: 'feed-time' }, time(line.at)),
				h('span', { class: 'feed-no' }, line.caseNo),
				h('span', { class: 'feed-category' }, locale.value === 'en' ? line.categoryEn : line.categoryZh),
				h('span', { class: 'feed-street' }, line.street || line.handlingGrid || ''),
				h('span', { class: 'feed-text' }, line.description || ''),
			]))),
		]);
	},
};
