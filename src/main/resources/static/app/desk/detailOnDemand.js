import { ApiError } from '../api.js';
import { h, inject } from '../vue.js';

let arriving = null;

/**
 * Announces every script the page loads only on demand, as the server lists them in
 * `<meta name="modules-on-demand">`, so that the browser asks for all of them at once rather than one level of
 * imports per round trip.
 */
function announceModulesOnDemand() {
	const listed = document.querySelector('meta[name="modules-on-demand"]');
	for (const module of listed ? listed.content.split(' ').filter(Boolean) : []) {
		if (!document.querySelector(`link[rel="modulepreload"][href="${module}"]`)) {
			const link = document.createElement('link');
			link.rel = 'modulepreload';
			link.href = module;
			document.head.append(link);
		}
	}
}

/**
 * Fetches the case detail's scripts (its panels, forms and map) once, giving the CaseDetail component; a failure
 * reads as the network's, and the next call tries again. The workbench's first view is the queue, so these are asked
 * for when a case is first opened, or at once when the address already names one.
 */
export function loadCaseDetail() {
	if (!arriving) {
		announceModulesOnDemand();
		arriving = import('./CaseDetail.js').then((module) => module.CaseDetail).catch((failure) => {
			arriving = null;
			throw new ApiError(0, { title: failure.message, detail: failure.message, errors: [] });
		});
	}
	return arriving;
}

/**
 * The detail column while no case is shown in it: a line saying to choose one, or that the chosen one is on its way.
 * It stays the same element while its text changes, so that what reads the page sees one column, not several.
 */
export const DetailPlaceholder = {
	props: { text: { type: String, default: 'detail.empty' } },
	setup(props) {
		const { t } = inject('i18n');
		return () => h('section', { id: 'case-detail', class: 'panel detail placeholder', 'aria-label': t('detail.label') },
			h('p', { class: 'muted empty' }, t(props.text)));
	},
};
