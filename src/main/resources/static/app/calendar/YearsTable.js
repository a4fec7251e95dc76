import { sendText } from '../api.js';
import { h, inject } from '../vue.js';

/** The years with a schedule and where each comes from; a loaded one can be taken back. */
export const YearsTable = {
	props: { coverage: { type: Object, required: true }, context: { type: Object, required: true } },
	setup(props) {
		const { t, locale } = inject('i18n');
		const when = (instant) => new Date(instant).toLocaleString(locale.value, { timeZone: props.coverage.zone });

		function unload(year) {
			props.context.guard(async () => {
				await sendText('DELETE', `/api/v1/calendar/years/${year.year}`, '');
				await props.context.reload();
				props.context.notify(t('years.unloaded', year.year,
					t(year.shipped ? 'years.backToShipped' : 'years.backToFallback')));
			});
		}

		function row(year) {
			const loaded = year.source === 'LOADED';
			return h('tr', { id: `year-row-${year.year}`, 'data-source': year.source }, [
				h('td', year.year),
				h('td', t(`years.source.${year.source}`)),
				h('td', { class: 'number' }, year.offDays),
				h('td', { class: 'number' }, year.workedDays),
				h('td', loaded ? `${year.loadedBy} · ${when(year.loadedAt)}` : '—'),
				h('td', loaded ? h('button', { type: 'button', id: `year-unload-${year.year}`, class: 'link',
					onClick: () => unload(year) }, t('years.unload')) : null),
			]);
		}

		return () => h('section', { id: 'years-panel' }, [
			h('h2', t('years.heading')),
			h('table', { id: 'years-table' }, [
				h('thead', h('tr', ['years.year', 'years.source', 'years.offDays', 'years.workedDays', 'years.loaded', '']
					.map((key) => h('th', key ? t(key) : '')))),
				h('tbody', [...props.coverage.years].reverse().map(row)),
			]),
		]);
	},
};
