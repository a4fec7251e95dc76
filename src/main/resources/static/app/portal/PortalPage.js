import { guardWith } from '../guard.js';
import { ProblemBox } from '../ProblemBox.js';
import { h, inject, provide, ref, watchEffect } from '../vue.js';
import { ReportForm } from './ReportForm.js';
import { TrackPanel } from './TrackPanel.js';

/**
 * The citizen's own pages, apart from the staff's: report a problem on the map, then follow it with the ticket
 * number and the tracking code given once at reporting, and rate the result when it is closed. Nothing here needs
 * an account, and nothing of anyone else's case can be seen.
 */
export const PortalPage = {
	setup() {
		const { t, locale, locales, use } = inject('i18n');
		const tab = ref(new URLSearchParams(window.location.search).get('tab') === 'track' ? 'track' : 'report');
		const problem = ref(null);
		const ticket = ref(null);
		const guard = guardWith(problem, t);

		provide('portal', { guard });
		watchEffect(() => {
			document.title = `${t('page.title')} · OneGrid`;
		});
		document.body.dataset.ready = 'true';
		const other = () => locales.find((candidate) => candidate !== locale.value);
		const tabButton = (name) => h('button', { type: 'button', role: 'tab', id: `tab-${name}`,
			'aria-selected': String(tab.value === name), class: tab.value === name ? 'tab current' : 'tab',
			onClick: () => { tab.value = name; problem.value = null; } }, t(`tab.${name}`));

		return () => h('div', { class: 'portal-page' }, [
			h('header', { id: 'top-bar' }, [
				h('h1', { id: 'page-title' }, t('page.title')),
				h('button', { type: 'button', id: 'language', class: 'link', onClick: () => use(other()) },
					t('page.language')),
			]),
			h('main', { id: 'portal-main' }, [
				h('p', { class: 'intro' }, t('page.intro')),
				h('div', { role: 'tablist', class: 'tabs', 'aria-label': t('tab.label') },
					[tabButton('report'), tabButton('track')]),
				h(ProblemBox, { problem: problem.value, onDismiss: () => { problem.value = null; } }),
				tab.value === 'report'
					? h(ReportForm, { onFiled: (filed) => { ticket.value = filed; }, filed: ticket.value,
						onTrack: () => { tab.value = 'track'; } })
					: h(TrackPanel, { initial: ticket.value }),
			]),
		]);
	},
};
