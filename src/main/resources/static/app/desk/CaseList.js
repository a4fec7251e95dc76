import { channelName, useChannels } from '../channels.js';
import { h, inject } from '../vue.js';
import { DeadlineBadge } from './DeadlineBadge.js';
import { formatTime } from './time.js';

/** Columns left out when the list is narrow. */
const SECONDARY = ['channel', 'reportedAt'];

/**
 * One page of a queue as a table: number, category, description, channel, state, time limit and reporting time.
 * A row is chosen by its case number (a button, so the keyboard reaches it) or by a click anywhere on it; pages
 * move forward and back along the server's cursor.
 */
export const CaseList = {
	props: { title: String, page: Object, names: Object, zone: String, selectedId: Number },
	emits: ['select', 'next', 'previous', 'refresh'],
	setup(props, { emit }) {
		const { t, locale } = inject('i18n');
		useChannels();
		const row = (item) => h('tr', {
			id: `case-row-${item.id}`, 'data-state': item.state, class: { selected: item.id === props.selectedId },
			onClick: () => emit('select', item.id),
		}, [
			h('td', h('button', { type: 'button', class: 'link case-no', id: `case-open-${item.id}`,
				'aria-current': item.id === props.selectedId ? 'true' : null,
				onClick: (event) => { event.stopPropagation(); emit('select', item.id); } }, item.caseNo)),
			h('td', props.names.category(item.minorCode, item.kind)),
			h('td', { class: 'description' }, h('div', { class: 'clamp' }, item.description || '')),
			h('td', { class: 'secondary' }, channelName(item.channelCode || item.channel, locale, t)),
			h('td', h('span', { class: 'state-name' }, props.names.state(item.state, item.stateName))),
			h('td', h(DeadlineBadge, { light: item.light, deadline: item.deadline, zone: props.zone })),
			h('td', { class: 'nowrap secondary' }, formatTime(item.reportedAt, props.zone, locale.value)),
		]);
		return () => {
			const page = props.page;
			return h('section', { id: 'case-list', class: 'panel', 'aria-labelledby': 'case-list-title', tabindex: '-1',
				'data-loaded': page.loading ? 'false' : 'true' }, [
				h('div', { class: 'list-head' }, [
					h('h2', { id: 'case-list-title' }, props.title),
					page.total !== null ? h('span', { id: 'case-total', class: 'muted' }, t('list.total',
						page.capped ? `${page.total}+` : page.total)) : null,
					h('span', { class: 'spacer' }),
					h('button', { type: 'button', id: 'list-refresh', onClick: () => emit('refresh') }, t('list.refresh')),
				]),
				page.items.length ? h('div', { class: 'table-scroll' }, h('table', { id: 'case-table' }, [
					h('caption', { class: 'visually-hidden' }, t('list.caption', props.title, page.index + 1)),
					h('thead', h('tr', ['caseNo', 'category', 'description', 'channel', 'state', 'deadline', 'reportedAt']
						.map((column) => h('th', { scope: 'col', class: { secondary: SECONDARY.includes(column) } },
							t(`list.${column}`))))),
					h('tbody', page.items.map(row)),
				])) : h('p', { id: 'case-empty', class: 'muted empty' }, page.loading ? t('loading') : t('list.empty')),
				h('div', { class: 'pager' }, [
					h('button', { type: 'button', id: 'page-previous', disabled: page.index === 0,
						onClick: () => emit('previous') }, t('list.prev')),
					h('span', { id: 'page-number' }, t('list.page', page.index + 1)),
					h('button', { type: 'button', id: 'page-next', disabled: !page.next, onClick: () => emit('next') },
						t('list.next')),
				]),
			]);
		};
	},
};
